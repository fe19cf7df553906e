"""Canonical keys for bank accounts, cards and tax ids, however a seller wrote them.

Sellers paste payout details with labels, provider names and their own grouping ("RTN 060045115
ACCT 8603 6225 48", "Airwallex 060045115-8603622548", "开户行：招商银行 账号：6225 8801 ..."). Only
the parts that identify the account go into the key: labels, provider and bank names, and SWIFT
codes (which name a bank, shared by all its customers) are dropped.
"""

from __future__ import annotations

import re
import unicodedata

# Words around the numbers that never belong to them (English, Chinese, payout providers).
_LABELS = re.compile(
    r"(?i)\b(?:routing|rtn|aba|ach|wire|acct|account|accounts|a/c|no|nr|number|num|bank|name|"
    r"sort\s*code|sortcode|iban|swift|bic|code|receiving|virtual|checking|savings|holder|"
    r"payoneer|pingpong|ping\s*pong|worldfirst|world\s*first|airwallex|lianlian|lian\s*lian|"
    r"llpay|wise|transferwise|usd|eur|gbp|cny|rmb|hkd|jpy)\b|"
    r"开户行|开户银行|银行账号|收款账号|收款账户|银行卡号|账号|账户|帐号|户名|卡号|银行|支行|分行|连连|万里汇"
)
# Where an IBAN may start once spaces are gone: at a word's start, or right after its label
# ("IBANGB30NGTB…", "SparkasseIBANDE42…"). It ends where the letters and digits end, or, at
# the country's IBAN length, where letters follow its last digit (a "BIC …" after it).
_IBAN_START = re.compile(r"(?:\b|(?<=IBAN))(?=([A-Z]{2}\d{2}[A-Z0-9]{11,30}))")
_AFTER_WORD = re.compile(r"[A-Z]\s+[A-Z]{2}\d{2}")
_IBAN_LENGTH = {
    "AD": 24, "AE": 23, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22,
    "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27,
    "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SA": 24, "SE": 24, "SI": 19,
    "SK": 24, "SM": 27, "TR": 26,
}  # fmt: skip


def _find_iban(compact: str) -> str | None:
    """The first IBAN (checksum valid) in a text without spaces."""
    for m in _IBAN_START.finditer(compact):
        run = m.group(1)
        if iban_ok(run):
            return run
        size = _IBAN_LENGTH.get(run[:2], 0)
        glued = size and len(run) > size and run[size].isalpha() and run[size - 1].isdigit()
        if glued and iban_ok(run[:size]):
            return run[:size]
    return None


_SWIFT = re.compile(r"\b[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b")
_SORT_CODE = re.compile(r"(?<!\d)(\d{2})[- ](\d{2})[- ](\d{2})(?!\d)")
_SORT_LABEL = re.compile(r"(?i)sort\s*code\D{0,3}(\d{6})(?!\d)")
_ROUTING_LABEL = re.compile(r"(?i)(?:routing|rtn|aba)\D{0,12}(\d{9})(?!\d)")
_DIGIT_RUN = re.compile(r"\d(?:[\d ]*\d)?")
_PLAIN_ACCOUNT = re.compile(r"([A-Z]{0,2})(\d{6,})")


def _nfkc(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFKC", text)


def aba_ok(digits: str) -> bool:
    """The checksum every US routing (ABA) number satisfies."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    d = [int(c) for c in digits]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


# Each IBAN letter counts as two digits (A=10 ... Z=35) in its check: one translate per IBAN.
_IBAN_DIGITS = str.maketrans({chr(c): str(c - 55) for c in range(ord("A"), ord("Z") + 1)})


# The same as digits and letters: a lookup per character in C (a translate that maps a letter to
# two characters takes Python's slow path, 8 µs an IBAN, most of a bank key's time).
_IBAN_VALUE = {c: str(int(c, 36)) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def iban_ok(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    try:
        number = "".join(map(_IBAN_VALUE.__getitem__, moved))
    except KeyError:  # another character: as the translate table reads it
        number = moved.translate(_IBAN_DIGITS)
    return number.isdigit() and int(number) % 97 == 1


def bank(raw: str) -> str:
    """One key per bank account: IBAN, GB sort code + account, US routing + account, or account.

    A UK IBAN carries the sort code and account number, so it gets the same key as the two
    written separately.
    """
    text = _nfkc(raw).upper()
    plain = _PLAIN_ACCOUNT.fullmatch(text)
    if plain and not (len(plain.group(1)) == 2 and iban_ok(text)):
        # The shape most files hold: an account number, perhaps behind a two-letter code, and
        # no IBAN. No label, sort code, routing number or SWIFT code can hide in one token of
        # that shape, so the key is its digits, as below (a quarter of the time).
        return plain.group(2)
    return _bank(text)


# A German account written the old way, bank code (BLZ) and account number (Konto): the IBAN
# is made of the two, so "Kto 4909108 BLZ 50008942" is DE23500089420004909108.
_BLZ = re.compile(r"\bBLZ\W{0,3}(\d{3}) ?(\d{3}) ?(\d{2})(?!\d)")
_KONTO = re.compile(r"\b(?:KTO|KONTO)(?:NR|NUMMER)?\W{0,6}(?:NR\W{0,3})?(\d{1,10})(?!\d)")


def _german_iban(text: str) -> str | None:
    if "BLZ" not in text:
        return None
    blz, konto = _BLZ.search(text), _KONTO.search(text)
    if not blz or not konto:
        return None
    bban = "".join(blz.groups()) + konto.group(1).zfill(10)
    return f"DE{98 - int(bban + '131400') % 97:02d}{bban}"


# A Japanese account is a branch number (3 digits) and an account number (7), behind the bank's
# code (4) or name: "0452-324-3598596", "銀行コード0452 支店コード324 普通預金 3598596",
# "博多支店(324) 当座 3598596", "Shibuya Branch (324), Ordinary 3598596". A bank's code and its
# name cannot be matched to each other, so the key is branch and account.
_JP_ZENGIN = re.compile(r"^\D*\d{4}-(\d{3})-(\d{7})\D*$")
_JP_BRANCH = re.compile(
    r"(?:支店コード|支店番号|支店|営業部|BRANCH)\W{0,3}(?:BRANCH\W{0,2})?(\d{3})(?!\d)"
)
_JP_ACCOUNT = re.compile(
    r"(?:普通預金|当座預金|普通|当座|口座番号|ORDINARY|FUTSU|TOZA)\W{0,3}(\d{7})(?!\d)"
)


def _japanese(text: str) -> str | None:
    zengin = _JP_ZENGIN.match(text)
    if zengin:
        return f"JP{zengin.group(1)}/{zengin.group(2)}"
    branch = _JP_BRANCH.search(text)
    account = branch and _JP_ACCOUNT.search(text)
    return f"JP{branch.group(1)}/{account.group(1)}" if branch and account else None


def _bank(text: str) -> str:
    """`bank` of an upper-case text, read in full."""
    iban = _find_iban(re.sub(r"[\s\-./]", "", text))
    if not iban and _AFTER_WORD.search(text):  # "GmbH DE22 1001 …": its start, once spaces go
        iban = _find_iban(re.sub(r"[\s\-./](?![A-Z]{2}\d{2})", "", text))
    if iban:
        if iban.startswith("GB") and len(iban) == 22:
            return f"GB{iban[8:14]}/{iban[14:]}"
        return iban
    german = _german_iban(text) or _japanese(text)
    if german:
        return german
    sort = _SORT_LABEL.search(text) or _SORT_CODE.search(text)
    routing = _ROUTING_LABEL.search(text)
    rest = text
    prefix = ""
    if routing:
        prefix = routing.group(1)
        rest = text[: routing.start(1)] + " " + text[routing.end(1) :]
    elif sort:
        prefix = "GB" + "".join(g for g in sort.groups() if g)
        rest = text[: sort.start()] + " " + text[sort.end() :]
    rest = _SWIFT.sub(" ", _LABELS.sub(" ", rest))
    groups = [g.replace(" ", "") for g in _DIGIT_RUN.findall(re.sub(r"[:：#,;]", " ", rest))]
    groups = [g for g in groups if g]
    if not prefix and len(groups) >= 2 and aba_ok(groups[0]):
        # "060045115-8603622548": a routing number followed by the account, without labels.
        prefix, groups = groups[0], groups[1:]
    # A long account number that merely starts like a routing number stays whole: without a
    # label or separator nothing says where a routing number would end.
    account = "".join(groups)
    if prefix and not account:
        # "Routing: 066653514 / Account:": a routing number or sort code names a bank branch
        # that thousands of customers share, not an account
        raise ValueError("a bank code without an account number")
    if len(account) < 6:
        letters = re.sub(r"[^0-9A-Z]", "", _LABELS.sub(" ", text))
        if len(letters) >= 6 and any(c.isdigit() for c in letters):
            return letters
        raise ValueError("no account number found")
    return f"{prefix}/{account}" if prefix else account


_MASK = set("*xX•·#")
_CARD_SEP = set(" -")


def _card_digits(text: str) -> tuple[str, int, int] | None:
    """The card number (digits and mask symbols, 15 for Amex else 16) and where it lies."""
    for m in re.finditer(r"\d", text):
        start = m.start()
        out: list[str] = []
        pos = start
        while pos < len(text):
            ch = text[pos]
            if ch.isdigit() or ch in _MASK:
                out.append(ch)
                want = 15 if "".join(out[:2]) in ("34", "37") else 16
                if len(out) == want:
                    return "".join(out), start, pos + 1
            elif ch not in _CARD_SEP:
                break
            pos += 1
    return None


_MONTH_YEAR = (
    re.compile(r"(?<!\d)(0?[1-9]|1[0-2])\s*[/\-.]\s*(\d{4}|\d{2})(?!\d)"),  # 09/27, 09/2027
    re.compile(r"(?<!\d)(\d{4})\s*[/\-.年]\s*(0?[1-9]|1[0-2])(?!\d)"),  # 2027-09, 2027年9月
    re.compile(
        r"(?i)(?:exp\w*|valid\s*thru|valid\s*through|good\s*thru|有效期至?|到期)\D{0,3}"
        r"(0?[1-9]|1[0-2])\s*(\d{4}|\d{2})(?!\d)"
    ),  # exp 09 27
    # "627187******0643 1028": four digits alone after the number, month first as on the card
    re.compile(r"^\s*(0[1-9]|1[0-2])(\d{2})\s*$"),
)


def _expiry(text: str) -> str | None:
    """MMYY from any usual spelling, or None."""
    for n, pattern in enumerate(_MONTH_YEAR):
        m = pattern.search(text)
        if not m:
            continue
        if n == 1:
            year, month = m.group(1), m.group(2)
        else:
            month, year = m.group(1), m.group(2)
        return f"{int(month):02d}{year[-2:]}"
    return None


def card(raw: str) -> str:
    """BIN (first six digits) + last four + expiry: how a masked card is still one card.

    A full number gives the same key as its masked form; without the first six digits the last
    four alone match too many cards to link anything, so the value is refused.
    """
    text = _nfkc(raw)
    found = _card_digits(text)
    if found is None:
        raise ValueError("no card number found")
    number, begin, finish = found
    head = re.match(r"\d+", number)
    tail = re.search(r"\d{4}$", number)
    if not head or len(head.group(0)) < 6 or not tail:
        raise ValueError("the first six and last four digits are needed to link a card")
    expiry = _expiry(text[:begin] + " " + text[finish:]) or _expiry(text[finish:])
    key = f"{head.group(0)[:6]}*{tail.group(0)}"
    return f"{key}@{expiry}" if expiry else key


# Label words end where ASCII letters and digits end ("英国VAT号 GB…": Chinese around them is no
# word boundary for \b).
_TAX_LABEL = re.compile(
    r"(?i)(?<![0-9A-Za-z])(?:vat|ust|idnr|ein|fein|tin|itin|ssn|gst|abn|uscc|tax|id|no|nr|number|"
    r"reg|st|steuernummer|steuer|corporate|unified|social|credit|code|br|invoice|registration)"
    r"(?![0-9A-Za-z])[.:#]*|"
    r"统一社会信用代码|纳税人识别号|增值税号|税号|信用代码|法人番号|登録番号|商業登記號碼|商业登记号码|"
    r"身份证号|号|[:：]"
)


# Letters around one digit repeated ("000000000000000000", "DE000000000"): no one's tax id.
PLACEHOLDER_TAX = re.compile(r"[A-Z]*(?:0+|1+|2+|3+|4+|5+|6+|7+|8+|9+)[A-Z]*")


def tax(raw: str) -> str:
    """Letters and digits without the label: 'VAT: DE 123 456 789' -> 'DE123456789'."""
    text = _TAX_LABEL.sub(" ", _nfkc(raw).upper())
    key = re.sub(r"[^0-9A-Z]", "", text)
    if len(key) < 5 or not any(c.isdigit() for c in key):
        raise ValueError("too short for a tax id")
    if PLACEHOLDER_TAX.fullmatch(key):
        # "000000000000000000": what a form that demands a tax id gets from a seller without one;
        # eighteen unrelated sellers wrote it in one file and it glued them into one "operator"
        raise ValueError("a placeholder (one digit repeated), not a tax id")
    return jp_invoice(key)


def jp_invoice(key: str) -> str:
    """A Japanese invoice registration number ("T" + 13 digits) as its 13 digits: a company's
    is "T" + its corporate number (法人番号), so "T4010001234567" and "法人番号 4010001234567"
    name one company (`vectorised._tax` does the same a column at a time)."""
    return key[1:] if len(key) == 14 and key[0] == "T" and key[1:].isdigit() else key
