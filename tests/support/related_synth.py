"""Synthetic account sets with known true links and realistic noise, for tests and benchmarks.

Each owner (a business or household) gets a true profile; owners with several accounts reuse some
of its values in every account, written the way people really re-type them: other legal-form
suffixes, traditional instead of simplified Chinese, full-width digits, plus-addressed e-mails,
phone numbers in national or international format, abbreviated streets and typos. Different owners
get different but confusable names, so fuzzy matching can go wrong and precision means something.
All text is generated here; nothing is copied from real companies.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

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
    "hal",
    "jin",
    "kor",
    "lem",
    "nor",
    "ost",
    "pri",
    "sun",
    "tek",
    "ula",
    "war",
    "yen",
    "zel",
    "bri",
    "cor",
    "dex",
    "eva",
]
WORDS = [
    "Bright",
    "Star",
    "Ocean",
    "Golden",
    "River",
    "Peak",
    "Nova",
    "Maple",
    "Lucky",
    "Sunny",
    "Green",
    "Blue",
    "Silver",
    "Swift",
    "Prime",
    "Urban",
    "Royal",
    "Happy",
    "Cedar",
    "Harbor",
]
INDUSTRIES = [
    "Trading",
    "Technology",
    "Home",
    "Electronics",
    "Outdoor",
    "Supplies",
    "Imports",
    "Commerce",
    "Goods",
    "Crafts",
]
SUFFIXES = ["Co., Ltd.", "Co. Ltd", "Limited", "Ltd", "LLC", "Inc.", "GmbH", "Company Limited"]
HAN_CHARS = list("华丽明星海洋金色长河高峰新枫福阳绿蓝银速优城皇乐松港恒盛泰源达鑫宏博远锦")
HAN_INDUSTRIES = ["贸易", "科技", "电子", "家居", "商贸", "实业", "电子商务", "进出口"]
HAN_SUFFIXES = ["有限公司", "有限责任公司", "商贸有限公司"]
CITIES_HAN = ["深圳市", "广州市", "东莞市", "杭州市", "义乌市", "厦门市", "宁波市", "苏州市"]
DISTRICTS_HAN = ["南山区", "福田区", "宝安区", "龙岗区", "天河区", "西湖区", "思明区", "工业区"]
STREETS = [
    "Main",
    "Oak",
    "Maple",
    "Cedar",
    "Harbor",
    "Hill",
    "Lake",
    "Park",
    "River",
    "Sunset",
    "Keyuan",
    "Nanhai",
    "Binhe",
    "Huaqiang",
    "Market",
    "Station",
    "Mill",
    "Bridge",
]
STREET_TYPES = [
    ("Street", "St."),
    ("Road", "Rd"),
    ("Avenue", "Ave"),
    ("Drive", "Dr"),
    ("Boulevard", "Blvd"),
    ("Lane", "Ln"),
]
CITIES = [
    ("Springfield", "62701"),
    ("Riverton", "82501"),
    ("Shenzhen", "518057"),
    ("Burbank", "91505"),
    ("Berlin", "10115"),
    ("Leeds", "11920"),
    ("Austin", "73301"),
    ("Ningbo", "315000"),
    ("Hamburg", "20095"),
    ("Portland", "97201"),
]
MAIL_DOMAINS = ["example.com", "example.net", "example.org", "gmail.com", "mail.example.cn"]
S2T = str.maketrans(
    "华丽长河发东门区号贸易实业电子务进达鑫宏远锦乐银绿蓝优城恒盛泰源",
    "華麗長河發東門區號貿易實業電子務進達鑫宏遠錦樂銀綠藍優城恆盛泰源",
)
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

ALL_KINDS = (
    "legal_name",
    "store_name",
    "email",
    "phone",
    "business_address",
    "return_address",
    "bank_account",
    "card",
    "tax_id",
    "ip",
    "device_id",
    "browser_fingerprint",
    "login",
    "permission",
    "brand",
)
SCALE_KINDS = (
    "legal_name",
    "email",
    "phone",
    "business_address",
    "bank_account",
    "tax_id",
    "ip",
    "device_id",
)


@dataclass
class SynthSet:
    accounts: list[dict[str, Any]]
    owner: dict[str, int]
    shared: set[frozenset[str]] = field(default_factory=set)

    def true_pairs(self) -> set[frozenset[str]]:
        """Pairs of accounts of one owner that share at least one value by construction."""
        return set(self.shared)

    def same_owner(self, a: str, b: str) -> bool:
        return self.owner[a] == self.owner[b]


class _Gen:
    def __init__(self, seed: int, chinese: float) -> None:
        self.r = random.Random(seed)
        self.chinese = chinese

    def word(self) -> str:
        n = self.r.choice((3, 3, 4))
        return "".join(self.r.choice(SYLLABLES) for _ in range(n)).capitalize()

    def legal_name(self) -> tuple[str, bool]:
        r = self.r
        if r.random() < self.chinese:
            core = "".join(r.choice(HAN_CHARS) for _ in range(r.choice((3, 4, 5))))
            return r.choice(CITIES_HAN) + core + r.choice(HAN_INDUSTRIES) + r.choice(
                HAN_SUFFIXES
            ), True
        first = r.choice(WORDS) if r.random() < 0.5 else self.word()
        return f"{first} {self.word()} {r.choice(INDUSTRIES)} {r.choice(SUFFIXES)}", False

    def address(self, han: bool) -> str:
        r = self.r
        if han:
            return (
                f"{r.choice(CITIES_HAN)}{r.choice(DISTRICTS_HAN)}{r.choice(STREETS)}路"
                f"{r.randint(1, 999)}号{r.randint(1, 30)}{r.randint(1, 20):02d}室"
            )
        city, code = r.choice(CITIES)
        long, _ = r.choice(STREET_TYPES)
        postcode = str(int(code) + r.randint(0, 80)).zfill(len(code))
        return f"{r.randint(1, 9999)} {self.word()} {r.choice(STREETS)} {long}, {city} {postcode}"

    def email(self, name: str) -> str:
        r = self.r
        local = f"{self.word().lower()}.{self.word().lower()}{r.randint(1, 999)}"
        return f"{local}@{r.choice(MAIL_DOMAINS)}"

    def phone(self, han: bool) -> str:
        r = self.r
        if han:
            head = f"1{r.choice('3456789')}{r.randint(0, 9)}"
            return f"+86 {head} {r.randint(0, 9999):04d} {r.randint(0, 9999):04d}"
        return f"+1 {r.randint(201, 989)} {r.randint(200, 999)} {r.randint(0, 9999):04d}"

    def hexid(self, n: int) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def value(self, kind: str, han: bool, name: str) -> str:
        r = self.r
        if kind == "legal_name":
            return name
        if kind == "store_name":
            return f"{self.word()} {self.word()} {r.choice(WORDS)} Store"
        if kind in ("email", "login", "permission"):
            return self.email(name)
        if kind == "phone":
            return self.phone(han)
        if kind in ("business_address", "return_address"):
            return self.address(han)
        if kind == "bank_account":
            return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + str(
                r.randint(10**15, 10**16 - 1)
            )
        if kind == "card":
            return "4" + "".join(str(r.randint(0, 9)) for _ in range(15))
        if kind == "tax_id":
            return f"{r.randint(10, 99)}-{r.randint(1000000, 9999999)}" + self.hexid(3).upper()
        if kind == "ip":
            return (
                f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            )
        if kind == "device_id":
            return self.hexid(16)
        if kind == "browser_fingerprint":
            return self.hexid(24)
        if kind == "brand":
            return (self.word() + self.word()).upper()
        raise ValueError(kind)

    # Noise: how a person re-types the same value in another account.
    def typo(self, text: str) -> str:
        r = self.r
        letters = [i for i, c in enumerate(text) if c.isalpha()]
        if len(letters) < 6:
            return text
        i = r.choice(letters[2:])
        op = r.random()
        if op < 0.4:
            return text[:i] + text[i + 1 :]
        if op < 0.7 and i + 1 < len(text):
            return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        return text[:i] + r.choice("aeiounrst") + text[i + 1 :]

    def variant(self, kind: str, value: str, typos: bool) -> str:
        r = self.r
        han = any("\u4e00" <= c <= "\u9fff" for c in value)
        if kind == "legal_name":
            if han:
                out = value.translate(S2T) if r.random() < 0.5 else value
                if r.random() < 0.3:
                    out = out.replace("有限责任公司", "有限公司")
                return out
            core = value
            for suffix in SUFFIXES:
                if value.endswith(" " + suffix):
                    core = value[: -len(suffix) - 1]
            out = f"{core} {r.choice(SUFFIXES)}"
            if r.random() < 0.3:
                out = out.upper()
            return self.typo(out) if typos and r.random() < 0.5 else out
        if kind in ("email", "login", "permission"):
            local, domain = value.split("@")
            if r.random() < 0.4:
                local = f"{local}+{self.word().lower()}"
            if domain == "gmail.com" and r.random() < 0.5:
                local = local.replace(".", "")
            return f"{local}@{domain}".upper() if r.random() < 0.2 else f"{local}@{domain}"
        if kind == "phone":
            digits = value.replace(" ", "")
            if digits.startswith("+86") and r.random() < 0.5:
                return digits[3:6] + "-" + digits[6:10] + "-" + digits[10:]
            if r.random() < 0.3:
                return "00" + digits[1:]
            return digits
        if kind in ("business_address", "return_address"):
            if han:
                out = value.translate(FULLWIDTH) if r.random() < 0.5 else value
                return out.translate(S2T) if r.random() < 0.3 else out
            out = value
            for long, short in STREET_TYPES:
                out = out.replace(f" {long},", f" {short},")
            if r.random() < 0.3:
                out = out.upper()
            return self.typo(out) if typos and r.random() < 0.5 else out
        if kind == "bank_account":
            return " ".join(value[i : i + 4] for i in range(0, len(value), 4)).lower()
        if kind == "card":
            return "-".join(value[i : i + 4] for i in range(0, len(value), 4))
        if kind == "tax_id":
            return value.replace("-", "")
        if kind == "device_id":
            return ":".join(value[i : i + 2] for i in range(0, len(value), 2)).upper()
        if kind in ("browser_fingerprint", "brand"):
            return value.upper() if r.random() < 0.5 else value.lower()
        return value


def generate(
    n_accounts: int,
    *,
    seed: int = 7,
    kinds: tuple[str, ...] = ALL_KINDS,
    linked_share: float = 0.3,
    max_group: int = 5,
    chinese: float = 0.4,
    typos: bool = True,
) -> SynthSet:
    """A synthetic account set of about `n_accounts` accounts, with the owners as ground truth."""
    return SynthSet(*_build(n_accounts, seed, kinds, linked_share, max_group, chinese, typos))


def _build(
    n_accounts: int,
    seed: int,
    kinds: tuple[str, ...],
    linked_share: float,
    max_group: int,
    chinese: float,
    typos: bool,
) -> tuple[list[dict[str, Any]], dict[str, int], set[frozenset[str]]]:
    g = _Gen(seed, chinese)
    r = g.r
    accounts: list[dict[str, Any]] = []
    owner_of: dict[str, int] = {}
    shared: set[frozenset[str]] = set()
    owner = 0
    while len(accounts) < n_accounts:
        owner += 1
        size = r.randint(2, max_group) if r.random() < linked_share else 1
        size = min(size, n_accounts - len(accounts))
        name, han = g.legal_name()
        profile = {k: g.value(k, han, name) for k in kinds}
        group: list[tuple[dict[str, Any], set[str]]] = []
        for member in range(size):
            ident = f"ACC{len(accounts) + 1:07d}"
            if member == 0:
                record = {"id": ident, **profile}
                record_shared: set[str] = set(kinds)
            else:
                # Reuse 1-3 of the owner's values (re-typed), everything else is new.
                reused = set(r.sample(kinds, k=min(len(kinds), r.randint(1, 3))))
                record = {"id": ident}
                for k in kinds:
                    if k in reused:
                        record[k] = g.variant(k, profile[k], typos)
                    elif k == "legal_name":
                        record[k] = g.legal_name()[0]
                    else:
                        record[k] = g.value(k, han, name)
                record_shared = reused
            for other, other_shared in group:
                if record_shared & other_shared:
                    shared.add(frozenset((ident, other["id"])))
            group.append((record, record_shared))
            owner_of[ident] = owner
            accounts.append(record)
        del group
    return accounts, owner_of, shared


def long_rows(accounts: list[dict[str, Any]]) -> Iterator[tuple[str, str, str]]:
    """(account_id, attribute, value) rows, the long CSV format."""
    for record in accounts:
        ident = record["id"]
        for key, value in record.items():
            if key != "id":
                yield ident, key, value


def evaluate(pairs: set[frozenset[str]], truth: SynthSet) -> dict[str, float | int]:
    """Precision and recall of found account pairs against the generator's truth.

    A found pair is correct when both accounts belong to one owner; recall is over the pairs
    that share at least one value by construction.
    """
    true_pairs = truth.true_pairs()
    correct = sum(1 for p in pairs if truth.same_owner(*sorted(p)))
    hit = len(pairs & true_pairs)
    return {
        "found": len(pairs),
        "true": len(true_pairs),
        "correct": correct,
        "precision": correct / len(pairs) if pairs else 1.0,
        "recall": hit / len(true_pairs) if true_pairs else 1.0,
    }
