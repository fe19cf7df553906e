"""The attribute kinds an account file may carry, and how strongly a shared value links accounts.

Kinds that can hold the same real-world thing share a namespace, so a value links across kinds:
one account's return address can be another's business address, one account's contact e-mail can
be a user login with permissions on another.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Kind:
    name: str
    namespace: str
    strength: float
    aliases: tuple[str, ...] = ()
    derived: bool = False  # made from another value (an address's building), never a column


# Identity-grade kinds have strength >= JOIN: one shared value makes two accounts one operator.
# Weak kinds stay below it, so they join only when several corroborate (docs/related.md).
JOIN = 0.7

KINDS: tuple[Kind, ...] = (
    Kind(
        "legal_name",
        "name",
        0.85,
        (
            "legal name", "company", "company_name", "entity", "business_name", "legal_entity",
            "legal_business_name", "registered_name", "companies", "公司名称", "公司", "企业名称",
        ),
    ),
    Kind(
        "store_name",
        "name",
        0.45,
        ("store", "store name", "shop", "display_name", "seller_name", "storefront_name",
         "店铺名称", "店铺名", "店铺"),
    ),
    # A private person's name (an owner, a contact): namesakes are common, so it never joins alone.
    Kind(
        "person_name",
        "name",
        0.45,
        ("person", "owner_name", "contact_name", "full_name", "individual_name", "姓名", "联系人",
         "法定代表人", "法人"),
    ),
    Kind(
        "email",
        "email",
        0.85,
        ("e-mail", "mail", "emails", "contact_email", "email_address", "e_mail_address",
         "primary_email", "邮箱", "电子邮箱", "邮箱地址"),
    ),
    Kind(
        "phone",
        "phone",
        0.8,
        ("phones", "tel", "telephone", "mobile", "phone_number", "mobile_phone", "contact_phone",
         "cell", "电话", "手机", "手机号", "联系电话"),
    ),
    Kind(
        "business_address",
        "address",
        0.75,
        ("address", "addr", "business address", "registered_address", "company_address",
         "addresses", "地址", "公司地址", "注册地址", "经营地址"),
    ),
    Kind(
        "return_address",
        "address",
        0.75,
        ("return address", "returns_address", "退货地址"),
    ),
    Kind(
        "bank_account",
        "bank",
        0.95,
        ("bank", "iban", "bank account", "bank_account_number", "deposit_account", "payout_account",
         "bank_details", "银行账户", "收款账户", "银行账号", "收款账号", "银行卡"),
    ),
    Kind(
        "card",
        "card",
        0.9,
        ("credit_card", "credit card", "cards", "card_number", "credit_card_number",
         "payment_card", "信用卡", "信用卡号"),
    ),
    Kind(
        "tax_id",
        "tax",
        0.95,
        ("tax", "vat", "ein", "tax id", "vat_number", "vat_id", "tax_number", "tin", "tax_ids",
         "税号", "统一社会信用代码", "纳税人识别号"),
    ),
    Kind("ip", "ip", 0.35, ("ip_address", "ip address", "ips", "login_ip", "IP地址")),
    Kind("device_id", "device", 0.8, ("device", "devices", "device id", "设备", "设备号")),
    Kind("browser_fingerprint", "fingerprint", 0.5, ("fingerprint", "browser", "浏览器指纹")),
    Kind("login", "email", 0.85, ("user_login", "logins", "user login", "username", "登录账号")),
    Kind("permission", "email", 0.8, ("permissions", "user_permission", "users", "用户权限")),
    Kind("brand", "brand", 0.45, ("brands", "trademark", "trademarks", "品牌", "商标")),
    # Made by the loader: neighbours and look-alike companies, shown but never joining alone.
    Kind("building", "building", 0.4, derived=True),
    Kind("street", "street", 0.2, derived=True),
    Kind("trade_name", "trade_name", 0.4, derived=True),
)  # fmt: skip
BY_NAME: dict[str, Kind] = {k.name: k for k in KINDS}
NAMESPACES: tuple[str, ...] = tuple(dict.fromkeys(k.namespace for k in KINDS))
FUZZY_NAMESPACES = ("name", "address")
PERSON_NAME_STRENGTH = 0.45

ID_COLUMNS = (
    "id", "account_id", "account", "账户", "账户id", "seller_id", "merchant_id", "merchant_token",
    "account_ids", "店铺id", "账号id",
)  # fmt: skip
META_COLUMNS = {
    "status": ("status", "state", "account_status", "账户状态", "状态"),
    "country": ("country", "region", "marketplace_country", "country_code", "国家", "国家/地区"),
    "label": ("label", "note", "notes", "备注"),
    "marketplace": ("marketplace", "marketplaces", "site", "站点"),
}
# The long form (one value per row) is told by its header, wherever its columns stand: an id
# column, a column naming the kind, a column holding the value; any other column is per-account
# metadata (marketplace, country…), possibly blank on some rows.
KIND_COLUMNS = ("attribute", "kind", "type", "field", "key", "property", "类型", "属性", "字段")
VALUE_COLUMNS = ("value", "值", "数值")
SUSPENDED = {"suspended", "deactivated", "enforced", "blocked", "closed", "停用", "封号", "冻结"}


def _fold_header(header: str) -> str:
    return header.strip().casefold().replace("-", "_").replace(" ", "_")


_LOOKUP: dict[str, str] = {}
for _k in KINDS:
    if _k.derived:
        continue
    for _alias in (_k.name, *_k.aliases):
        _LOOKUP[_fold_header(_alias)] = _k.name


# Headers repeat on every row of a long file: each is read once.
@lru_cache(maxsize=4096)
def column_kind(header: str) -> str | None:
    """The attribute kind a column header names ('emails', 'Phone Number', '邮箱'), or None."""
    key = _fold_header(header)
    for candidate in (
        key,
        key[:-1] if key.endswith("s") else "",
        key[:-2] if key.endswith("es") else "",
    ):
        if not candidate:
            continue
        if candidate in _LOOKUP:
            return _LOOKUP[candidate]
    return None


@lru_cache(maxsize=4096)
def column_meta(header: str) -> str | None:
    key = _fold_header(header)
    for meta, names in META_COLUMNS.items():
        if key in names or header.strip().casefold() in names:
            return meta
    return None


def long_form(header: list[str]) -> tuple[int, int, int] | None:
    """(id, kind, value) column positions when a header is the long form, else None."""
    folded = [_fold_header(h) for h in header]
    ids = [i for i, h in enumerate(header) if is_id_column(h)]
    kinds = [i for i, h in enumerate(folded) if h.removesuffix("s") in KIND_COLUMNS]
    values = [i for i, h in enumerate(folded) if h.removesuffix("s") in VALUE_COLUMNS]
    if len(ids) == 1 and len(kinds) == 1 and len(values) == 1:
        return ids[0], kinds[0], values[0]
    return None


@lru_cache(maxsize=4096)
def is_id_column(header: str) -> bool:
    return _fold_header(header) in ID_COLUMNS


def label(strength: float) -> str:
    """strong / medium / weak, as the report shows it."""
    if strength >= 0.8:
        return "strong"
    if strength >= 0.5:
        return "medium"
    return "weak"
