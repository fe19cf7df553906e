from __future__ import annotations

import random

import phonenumbers
import pytest

from reinstate.related import normalize as n


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("ACME Trading Co., Ltd.", "acme trading"),
        ("Acme Trading Limited", "acme trading"),
        ("ＡＣＭＥ　Ｔｒａｄｉｎｇ　ＧｍｂＨ", "acme trading"),
        ("acme trading llc", "acme trading"),
        ("Müller & Söhne GmbH & Co. KG", "müller and söhne"),
        ("深圳市華麗貿易有限公司", "华丽贸易"),
        ("深圳华丽贸易有限责任公司", "华丽贸易"),
        ("华丽贸易（深圳）有限公司", "华丽贸易"),
        ("广东省深圳市华丽贸易股份有限公司", "华丽贸易"),
    ],
)
def test_company_names_lose_legal_form_script_and_region(raw: str, key: str) -> None:
    assert n.name(raw) == key


def test_different_companies_stay_different() -> None:
    assert n.name("Acme Trading Ltd") != n.name("Acme Tooling Ltd")
    assert n.name("深圳华丽贸易有限公司") != n.name("深圳华美贸易有限公司")


def test_email_case_plus_and_gmail_dots() -> None:
    assert n.email("J.Doe+amazon@GoogleMail.com") == "jdoe@gmail.com"
    assert n.email("Sales+eu@Example.COM") == "sales@example.com"
    assert n.email("first.last@example.com") == "first.last@example.com"  # dots only for Gmail
    with pytest.raises(ValueError):
        n.email("not-an-email")


@pytest.mark.parametrize(
    ("raw", "region", "key"),
    [
        ("+86 138-0013-8000", None, "+8613800138000"),
        ("13800138000", None, "+8613800138000"),
        ("0086 138 0013 8000", None, "+8613800138000"),
        ("(415) 555-0132", "US", "+14155550132"),
        ("+44 (0)20 7946 0958", None, "+442079460958"),
        ("020 7946 0958", "GB", "+442079460958"),
        ("+49 030 1234567", None, "+49301234567"),
    ],
)
def test_phones_become_e164(raw: str, region: str | None, key: str) -> None:
    assert n.phone(raw, region) == key


def test_phone_without_country_is_reported() -> None:
    with pytest.raises(ValueError):
        n.phone("555 0132")


def test_fast_phone_path_agrees_with_phonenumbers() -> None:
    rng = random.Random(5)
    checked = 0
    for _ in range(3000):
        cc = rng.choice([1, 7, 33, 36, 39, 44, 49, 81, 86, 91, 852, 971])
        national = str(rng.randint(10**6, 10**11))
        if rng.random() < 0.2:
            national = "0" + national
        text = f"+{cc} {national[:3]} {national[3:]}"
        fast = n._fast_e164(text)
        if fast is None:
            continue
        parsed = phonenumbers.parse(text, None)
        assert fast == phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        checked += 1
    assert checked > 1000


def test_addresses_tokens_and_chinese_forms() -> None:
    assert n.address("Room 5, No. 12 Main Street, Springfield") == n.address(
        "RM 5 12 MAIN ST. SPRINGFIELD"
    )
    assert n.address("深圳市南山區科苑路８８號１２０３室") == n.address(
        "深圳市 南山区 科苑路 88 号 1203"
    )
    assert n.address("深圳市南山区科苑路88号1203室") != n.address("深圳市南山区科苑路881号203室")


def test_identifiers() -> None:
    assert n.bank("DE89 3704 0044 0532 0130 00") == n.bank("de89370400440532013000")
    assert n.card("4111-1111-1111-1111") == "4111111111111111"
    assert n.ip("::ffff:203.0.113.7") == "203.0.113.7"
    assert n.ip("2001:DB8:0:0:0:0:0:1") == "2001:db8::1"
    assert n.token("AB:CD:EF:01:23:45") == "abcdef012345"
    assert n.brand("Lumix™") == n.brand("LUMIX")
    with pytest.raises(ValueError):
        n.ip("999.1.1.1")


def test_normalize_dispatches_by_kind() -> None:
    assert n.normalize("login", "VA.Helper+x@Example.net") == "va.helper@example.net"
    assert n.normalize("permission", "Agency Ops") == "agency ops"
    assert n.normalize("phone", "020 7946 0958", "GB") == "+442079460958"
    with pytest.raises(ValueError):
        n.normalize("email", "   ")


def test_ascii_fast_paths_agree_with_the_general_path() -> None:
    from reinstate.related.synth import generate

    data = generate(400, seed=13, chinese=0.0)
    names = [r[k] for r in data.accounts for k in ("legal_name", "store_name")]
    names += ["A & B Co., Ltd.", "x_y GmbH & Co. KG", "#1 Store!!", "  Tab\tName  LLC "]
    for raw in names:
        assert n.name(raw) == n._name_general(raw), raw
    addresses = [r[k] for r in data.accounts for k in ("business_address", "return_address")]
    for raw in [*addresses, "Apt #5, 1/2 Main St.", "PO Box 7;  Leeds"]:
        assert n._address_text(raw, fast=True) == n._address_text(raw, fast=False), raw
