"""Phone lines that name a place: a switchboard's extensions and an office's reception line."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from reinstate.related import country, vectorised
from reinstate.related import normalize as n
from reinstate.related.check import check, links_for_candidate
from reinstate.related.crowd import RECEPTION, SHARED_LINE_STRENGTH, SWITCHBOARD
from reinstate.related.extensions import extension
from reinstate.related.model import Link, combine_evidence

SWITCHBOARD_NUMBER = "+44 20 7946 0000"
FIRMS = ("Brightex", "Zorvan", "Kelmora", "Tandiva", "Quoril", "Pexana", "Ulmrid")


def firm(i: int, **values: str) -> dict[str, Any]:
    name = FIRMS[i]
    return {
        "id": f"F{i}",
        "legal_name": f"{name} Trading Ltd",
        "email": f"{name.lower()}@mail{i}.example",
        "business_address": f"{10 + i} Harbour Road, Unit {i + 1}, Leeds LS1 4DT, UK",
        **values,
    }


def clusters(records: list[dict[str, Any]]) -> list[list[str]]:
    return [c.accounts for c in check(records).clusters]


def phone_evidence(records: list[dict[str, Any]], a: str, b: str) -> Any:
    report = check(records, account_id=a)
    link = next(x for x in report.links if b in (x.a, x.b))
    return next(e for e in link.evidence if e.namespace == "phone")


# ----- reading the extension ---------------------------------------------------------------


MARKERS = (
    " ext. {}", " ext {}", " x{}", "x{}", " #{}", ";ext={}", ", Ext: {}", " extension {}",
    " (ext. {})", " Durchwahl -{}", " DW {}", " poste {}", " int. {}", "转{}", " 转 {}",
    " 内线 {}", " 分机{}", " 內線：{}", "-内线{}",
)  # fmt: skip
NUMBERS = (
    ("+44 20 7946 {}", "GB"), ("+1 (415) 555-{}", "US"), ("+86 755 8888 {}", "CN"),
    ("+49 30 1234 {}", "DE"), ("+81 3-1234-{}", "JP"), ("0755-8888{}", "CN"),
    ("(415) 555-{}", "US"), ("020 7946 {}", "GB"),
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(NUMBERS),
    st.text("0123456789", min_size=4, max_size=4),
    st.text("0123456789", min_size=1, max_size=5),
    st.sampled_from(MARKERS),
    st.sampled_from(MARKERS),
    st.booleans(),
)
def test_a_phone_and_its_rewritings_with_one_extension_share_a_key(
    number: tuple[str, str], line: str, ext: str, one: str, other: str, wide: bool
) -> None:
    pattern, region = number
    bare = pattern.format(line)
    first, second = bare + one.format(ext), bare + other.format(ext)
    if wide:  # full-width digits, as typed with a Chinese input method
        second = second.translate(str.maketrans("0123456789+", "０１２３４５６７８９＋"))
    key = n.phone(bare, region)
    assert n.phone(first, region) == n.phone(second, region) == key
    assert extension(first) == extension(second) == ext
    assert extension(bare) is None


def test_what_is_not_an_extension() -> None:
    # a German direct-dial number is a number of its own
    assert extension("030 1234567-33") is None
    assert n.phone("+49 30 1234567-33") != n.phone("+49 30 1234567")
    # a masked number ends in digits after an x, not an extension
    assert extension("138xxxx8000") is None
    assert extension("+1 415 555 0100") is None
    # an extension alone is no phone number
    assert extension("ext 12") is None


def test_the_country_is_inferred_from_the_number_without_its_extension() -> None:
    assert country.infer(["(415) 555-0132 ext. 12"], [], [], []) == ("US", "phone")
    assert country.infer(["138 0013 8000 转 12"], [], [], []) == ("CN", "phone")


def test_extensions_take_the_python_path() -> None:
    # the column-wise path reads '+' and digits only; an extension goes to `normalize.phone`
    assert vectorised.keys("phone", ["+44 20 7946 0000 x12", "+44 20 7946 0000 #12"]) == [
        None,
        None,
    ]


# ----- switchboards ------------------------------------------------------------------------


def test_different_extensions_of_a_switchboard_are_different_people() -> None:
    records = [
        firm(0, phone=f"{SWITCHBOARD_NUMBER} ext. 214"),
        firm(1, phone=f"{SWITCHBOARD_NUMBER} ext 305"),
        firm(2, phone=f"{SWITCHBOARD_NUMBER} x12"),
        firm(3, phone="+44 20 7946 0000 内线 8021"),
    ]
    assert clusters(records) == []
    # ... but the seller sees the shared switchboard, weak, with the reason
    e = phone_evidence(records, "F0", "F1")
    assert e.strength == SHARED_LINE_STRENGTH and e.reason == SWITCHBOARD
    assert e.raw_a.endswith("214") and e.raw_b.endswith("305")
    data = check(records, account_id="F0").to_json()
    shown = [e for link in data["links"] for e in link["evidence"] if e["attribute"] == "phone"]
    assert len(shown) == 3 and all("switchboard" in e["note"]["en"] for e in shown)
    assert all("总机" in e["note"]["zh"] for e in shown) and not any(e["crowded"] for e in shown)


def test_one_person_with_and_without_the_extension_is_one_line() -> None:
    # (two accounts: a phone on three that share nothing else is a provider's, service.py)
    records = [
        firm(0, phone=f"{SWITCHBOARD_NUMBER} ext. 214"),
        firm(1, phone="020 7946 0000", country="GB"),
    ]
    assert clusters(records) == [["F0", "F1"]]
    assert phone_evidence(records, "F0", "F1").reason is None


def test_the_bare_number_of_a_switchboard_joins_nobody() -> None:
    # once two extensions of a number are seen, the bare number is the switchboard's
    records = [
        firm(0, phone=f"{SWITCHBOARD_NUMBER} ext. 214"),
        firm(1, phone=f"{SWITCHBOARD_NUMBER} ext. 305"),
        firm(2, phone=SWITCHBOARD_NUMBER),
        firm(3, phone=SWITCHBOARD_NUMBER),
    ]
    assert clusters(records) == []
    assert phone_evidence(records, "F2", "F3").reason == SWITCHBOARD


def test_the_same_extension_written_two_ways_joins() -> None:
    records = [
        firm(0, phone=f"{SWITCHBOARD_NUMBER} ext. 214"),
        firm(1, phone="+44 (0)20 7946 0000 x214"),
        firm(2, phone=f"{SWITCHBOARD_NUMBER} ext. 305"),
    ]
    assert clusters(records) == [["F0", "F1"]]


def test_a_new_account_on_another_extension_sees_a_weak_link() -> None:
    links = links_for_candidate(
        [firm(0, phone=f"{SWITCHBOARD_NUMBER} ext. 214")],
        {"id": "new", "phone": f"{SWITCHBOARD_NUMBER} ext. 305"},
    )
    assert len(links) == 1 and not links[0].joins()
    assert links[0].evidence[0].reason == SWITCHBOARD


# ----- reception lines ---------------------------------------------------------------------

OFFICE = "1209 Orange Street, Suite 7, Wilmington, DE 19801"
RECEPTION_PHONE = "+1 302 555 0100"


def tenants(count: int = 7, listing: int = 3) -> list[dict[str, Any]]:
    return [
        {
            "id": f"V{i}",
            "legal_name": f"{FIRMS[i]} Trading LLC",
            "email": f"{FIRMS[i].lower()}@mail{i}.example",
            "phone": f"+1 302 555 01{i + 10:02d}" + (f"|{RECEPTION_PHONE}" if i < listing else ""),
            "business_address": OFFICE,
            "ip": "203.0.113.9",
        }
        for i in range(count)
    ]


def test_a_virtual_offices_reception_line_joins_no_tenants() -> None:
    records = tenants()
    assert clusters(records) == []
    e = phone_evidence(records, "V0", "V1")
    assert e.reason == RECEPTION and e.strength == SHARED_LINE_STRENGTH
    shown = check(records, account_id="V0").to_json()["links"]
    phones = [e for link in shown for e in link["evidence"] if e["attribute"] == "phone"]
    notes = [e["note"]["en"] for e in phones]
    assert notes and all("reception" in note for note in notes)


def test_a_tenant_writing_the_office_otherwise_does_not_join_two_others() -> None:
    records = tenants(listing=3)
    records[2]["business_address"] = "Suite 7 1209 Orange St Wilmington Delaware"  # no ZIP
    assert clusters(records) == []
    assert phone_evidence(records, "V0", "V2").reason == RECEPTION


def test_an_operators_own_office_phone_still_joins() -> None:
    # three accounts there share a bank account, a fourth their phone: every account at the
    # office but one is tied to the operator, the office is theirs and so is the phone
    records = tenants(count=5, listing=0)
    for r in records[:3]:
        r["bank_account"] = "6225 8801 2345 6789"
    records[0]["phone"] += "|+1 302 555 0199"
    records[3]["phone"] += "|+1 302 555 0199"
    assert clusters(records) == [["V0", "V1", "V2", "V3"]]
    assert phone_evidence(records, "V0", "V3").reason is None


def test_an_operator_among_strangers_does_not_own_the_reception_line() -> None:
    # two accounts of one operator at a virtual office; strangers list its reception line too
    records = tenants(count=7, listing=4)
    records[0]["bank_account"] = records[1]["bank_account"] = "6225 8801 2345 6789"
    assert clusters(records) == [["V0", "V1"]]
    assert phone_evidence(records, "V0", "V2").reason == RECEPTION


def test_a_phone_without_a_crowded_address_still_joins() -> None:
    records = tenants(count=3)  # three sharers: the address is not crowded
    assert clusters(records) == [["V0", "V1", "V2"]]


def test_links_keep_their_strength_cache_right() -> None:
    records = tenants()
    report = check(records, account_id="V0")
    for link in report.links:
        assert isinstance(link, Link)
        assert abs(link.strength - combine_evidence(link.evidence)) < 1e-9


# ----- Japanese invoice registration numbers ---------------------------------------------

CORPORATE = "4010001234567"
WRITTEN = (
    f"T{CORPORATE}", f"t{CORPORATE}", f"T-{CORPORATE}", f"T {CORPORATE}", CORPORATE,
    f"登録番号 T{CORPORATE}", f"登録番号：T{CORPORATE}", f"法人番号 {CORPORATE}",
    f"Invoice Reg. No. T{CORPORATE}", f"Registration No. T{CORPORATE}",
    f"適格請求書発行事業者登録番号 T{CORPORATE}", "T4 0100 0123 4567", f"Ｔ{CORPORATE}",
    "Corporate No. 4010-0012-34567",
)  # fmt: skip


def test_an_invoice_registration_number_is_its_corporate_number() -> None:
    assert {n.tax(w) for w in WRITTEN} == {CORPORATE}
    column = vectorised.keys("tax_id", list(WRITTEN))
    assert column is not None
    assert all(k is None or k == CORPORATE for k in column) and CORPORATE in column
    # another number, or a T before another length, is not read as one
    assert n.tax("T12345678901234") == "T12345678901234"
    assert n.tax("T401000123456") == "T401000123456"


def test_accounts_tied_by_the_invoice_number_written_differently_join() -> None:
    records = [
        {"id": "J0", "tax_id": f"T{CORPORATE}"},
        {"id": "J1", "tax_id": f"登録番号 T-{CORPORATE}"},
        {"id": "J2", "tax_id": f"法人番号：{CORPORATE}"},
    ]
    assert clusters(records) == [["J0", "J1", "J2"]]
    assert json.dumps(check(records).to_json())  # serialisable
