"""The attribute kinds an account file may carry, and how strongly a shared value links accounts.

Kinds that can hold the same real-world thing share a namespace, so a value links across kinds:
one account's return address can be another's business address, one account's contact e-mail can
be a user login with permissions on another.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    name: str
    namespace: str
    strength: float
    aliases: tuple[str, ...] = ()


KINDS: tuple[Kind, ...] = (
    Kind(
        "legal_name", "name", 0.85, ("legal name", "company", "company_name", "entity", "公司名称")
    ),
    Kind("store_name", "name", 0.6, ("store", "store name", "shop", "display_name", "店铺名称")),
    Kind("email", "email", 0.85, ("e-mail", "mail", "emails", "contact_email", "邮箱")),
    Kind("phone", "phone", 0.8, ("phones", "tel", "telephone", "mobile", "电话", "手机")),
    Kind("business_address", "address", 0.7, ("address", "addr", "business address", "地址")),
    Kind("return_address", "address", 0.6, ("return address", "returns_address", "退货地址")),
    Kind("bank_account", "bank", 0.95, ("bank", "iban", "bank account", "银行账户", "收款账户")),
    Kind("card", "card", 0.9, ("credit_card", "credit card", "cards", "信用卡")),
    Kind("tax_id", "tax", 0.95, ("tax", "vat", "ein", "tax id", "税号", "统一社会信用代码")),
    Kind("ip", "ip", 0.4, ("ip_address", "ip address", "ips", "IP地址")),
    Kind("device_id", "device", 0.75, ("device", "devices", "device id", "设备")),
    Kind("browser_fingerprint", "fingerprint", 0.6, ("fingerprint", "browser", "浏览器指纹")),
    Kind("login", "email", 0.85, ("user_login", "logins", "user login", "登录账号")),
    Kind("permission", "email", 0.6, ("permissions", "user_permission", "用户权限")),
    Kind("brand", "brand", 0.5, ("brands", "trademark", "品牌")),
)
BY_NAME: dict[str, Kind] = {k.name: k for k in KINDS}
NAMESPACES: tuple[str, ...] = tuple(dict.fromkeys(k.namespace for k in KINDS))
FUZZY_NAMESPACES = ("name", "address")

ID_COLUMNS = ("id", "account_id", "account", "账户", "账户id")
META_COLUMNS = {
    "status": ("status", "state", "账户状态"),
    "country": ("country", "region", "marketplace_country", "国家"),
    "label": ("label", "note", "备注"),
}
SUSPENDED = {"suspended", "deactivated", "enforced", "blocked", "closed", "停用", "封号", "冻结"}

_LOOKUP: dict[str, str] = {}
for _k in KINDS:
    for _alias in (_k.name, *_k.aliases):
        _LOOKUP[_alias.casefold().replace("-", "_").replace(" ", "_")] = _k.name


def column_kind(header: str) -> str | None:
    """The attribute kind a column header names, or None."""
    return _LOOKUP.get(header.strip().casefold().replace("-", "_").replace(" ", "_"))


def column_meta(header: str) -> str | None:
    key = header.strip().casefold()
    for meta, names in META_COLUMNS.items():
        if key in names:
            return meta
    return None


def is_id_column(header: str) -> bool:
    return header.strip().casefold().replace(" ", "_") in ID_COLUMNS


def label(strength: float) -> str:
    """strong / medium / weak, as the report shows it."""
    if strength >= 0.8:
        return "strong"
    if strength >= 0.5:
        return "medium"
    return "weak"
