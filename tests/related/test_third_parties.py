"""A third party's details — a pooled account, a bookkeeper's contacts, a building, a trade
name — on strangers' accounts join no cluster (docs/related.md, session 9)."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from reinstate.related.check import check, links_for_candidate
from reinstate.related.crowd import NO_FORM, NO_NUMBER, POOLED
from reinstate.related.model import PROVIDER_WIDE, SERVICE_NOTE, Evidence, combine_evidence
from reinstate.related.references import reference

POOL = "DE22 1001 0010 0531 1772 00"
NAMES = ("Brightex", "Zorvan", "Kelmora", "Tandiva", "Quoril", "Pexana", "Lumora", "Varenta")


def clusters(records: list[dict[str, Any]]) -> list[list[str]]:
    return [sorted(c.accounts) for c in check(records).clusters]


def evidence(records: list[dict[str, Any]], namespace: str) -> list[Evidence]:
    report = check(records, account_id=records[0]["id"])
    return [e for link in report.links for e in link.evidence if e.namespace == namespace]


def seller(i: int, **values: str) -> dict[str, Any]:
    """A small firm of its own: own name, bank, phone, address."""
    return {
        "id": f"S{i}",
        "legal_name": f"{NAMES[i % len(NAMES)]} {i} Handels GmbH",
        "bank_account": f"DE{10 + i} 5001 0517 0000 {i:04d} 00",
        "phone": f"+49 30 5550 {1000 + i}",
        "business_address": f"Hauptstraße {i + 1}, 1011{i} Berlin",
        **values,
    }


# ----- pooled collection accounts --------------------------------------------------------------
def test_references_are_read_in_the_ways_sellers_write_them() -> None:
    assert reference(f"IBAN {POOL} / Ref: SLR-49853") == "SLR49853"
    assert reference(f"{POOL} (reeference SLR-49853)") == "SLR49853"
    assert reference(f"Halo Payout GmbH, {POOL}, VerWendungszweck SLR-49853") == "SLR49853"
    assert reference(f"{POOL} 备注：SLR49853") == "SLR49853"
    assert reference(f"{POOL} payment reference no. slr/49853") == "SLR49853"
    # no reference: a bank name, a label word without digits after it, a word that holds "ref"
    assert reference(POOL) is None
    assert reference(f"Sparkasse Krefeld {POOL}") is None
    assert reference(f"{POOL} ref: payouts") is None


LABELS = ["Ref: ", "reference ", "Verwendungszweck ", "备注 ", "ref "]


@given(st.from_regex(r"[A-Z]{2,4}-?[0-9]{3,8}", fullmatch=True), st.sampled_from(LABELS))
@settings(max_examples=60, deadline=None)
def test_a_reference_has_one_key_however_labelled(ref: str, label: str) -> None:
    assert reference(f"IBAN {POOL} / {label}{ref}") == reference(f"{POOL} ({label}{ref.lower()})")


def pooled(count: int, refs: list[str | None]) -> list[dict[str, Any]]:
    def bank(i: int, ref: str | None) -> str:
        return f"{seller(i)['bank_account']}|IBAN {POOL}" + (f" / Ref: {ref}" if ref else "")

    return [seller(i, bank_account=bank(i, r)) for i, r in zip(range(count), refs, strict=True)]


def test_clients_of_a_pooled_account_are_not_one_operator() -> None:
    records = pooled(4, ["SLR-1001", "SLR-1002", "SLR-1003", None])
    assert clusters(records) == []
    shown = [e for e in evidence(records, "bank") if e.key.startswith("DE22")]
    assert len(shown) == 3 and all(e.reason == POOLED and e.strength < 0.7 for e in shown)
    text = json.dumps([e.to_json() for e in shown], ensure_ascii=False)
    assert "pooled collection account" in text and "归集账户" in text


def test_one_seller_under_one_reference_still_joins() -> None:
    records = pooled(4, ["SLR-1001", "SLR-1002", "SLR-1003", None])
    records[3]["bank_account"] = f"{POOL} (reference slr1001)"
    assert clusters(records) == [["S0", "S3"]]


def test_a_candidate_under_another_reference_sees_a_weak_link() -> None:
    records = pooled(2, ["SLR-1001", "SLR-1002"])
    links = links_for_candidate(records, {"bank_account": f"{POOL} Ref SLR-1003"})
    assert links and all(link.strength < 0.7 for link in links)


# ----- a service provider's several details ----------------------------------------------------
def bookkeeper_clients(count: int) -> list[dict[str, Any]]:
    office = {
        "email": "Kanzlei Lenz <buchhaltung@kanzlei-lenz.example>",
        "device": "DEV-6C6355D23A4D",
        "store_name": "Kanzlei Lenz",
    }
    return [
        seller(i, id=f"C{i}", phone=f"+49 30 9876 5432|+49 30 5550 {2000 + i}", **office)
        for i in range(count)
    ]


def test_a_providers_phone_mailbox_and_laptop_count_once() -> None:
    records = bookkeeper_clients(PROVIDER_WIDE + 2)
    assert clusters(records) == []
    report = check(records, account_id="C0")
    link = next(link for link in report.links if link.b == "C1" or link.a == "C1")
    provider = [e for e in link.evidence if e.reason == SERVICE_NOTE]
    assert len(provider) == 3  # phone, mailbox, laptop: each still shown
    assert link.strength < 0.7  # but together they say one thing: both are its clients


def test_an_operators_few_accounts_still_add_up_their_shared_details() -> None:
    # below PROVIDER_WIDE sharers the service rule's reading is uncertain: a phone, a mailbox
    # and a laptop on the same three accounts are read as the operator's, as before
    e = [Evidence("phone", "phone", "phone", "x", "x", "k", 0.45, sharers=3, reason=SERVICE_NOTE)]
    e.append(
        Evidence("email", "email", "email", "y", "y", "m", 0.45, sharers=3, reason=SERVICE_NOTE)
    )
    assert combine_evidence(e) > 0.69
    wide = [
        Evidence(
            "phone",
            "phone",
            "phone",
            "x",
            "x",
            "k",
            0.45,
            sharers=PROVIDER_WIDE,
            reason=SERVICE_NOTE,
        )
    ] * 2
    assert abs(combine_evidence(wide) - 0.45) < 1e-9


# ----- an address without a number ---------------------------------------------------------------
def test_an_address_without_a_number_is_a_building() -> None:
    for where in ("Orchid Heights, Andheri East, Mumbai", "深圳市南山区科苑路星河大厦"):
        records = [seller(0, business_address=where), seller(1, business_address=where)]
        assert clusters(records) == []
        (shown,) = evidence(records, "address")
        assert shown.reason == NO_NUMBER and shown.strength < 0.7


def test_an_address_with_its_number_still_joins() -> None:
    where = "Flat 707, Shivam Complex, LBS Marg, Jaipur 302091"
    records = [seller(0, business_address=where), seller(1, business_address=where)]
    assert clusters(records) == [["S0", "S1"]]


# ----- a company name without its legal form ------------------------------------------------------
def test_a_company_name_without_its_legal_form_is_a_trade_name() -> None:
    for name in ("Swastik", "Sinar Utara Trading", "华丽贸易"):
        records = [seller(0, legal_name=name), seller(1, legal_name=name)]
        assert clusters(records) == []
        (shown,) = evidence(records, "name")
        assert shown.reason == NO_FORM and shown.strength < 0.7


def test_a_company_name_with_its_legal_form_still_joins() -> None:
    for name in ("Swastik Enterprises Pvt Ltd", "深圳市华丽贸易有限公司"):
        records = [seller(0, legal_name=name), seller(1, legal_name=name)]
        assert clusters(records) == [["S0", "S1"]]


def test_an_iban_behind_a_company_word_is_the_iban() -> None:
    # a service's name before its IBAN ("… GmbH DE22 1001 …") ran into it once spaces went, and
    # a reference's digits after it were read as more of the account: the clients of one pool
    # got several keys, and so too few sharers
    from reinstate.related.keys import bank

    assert bank(f"Halo Payout GmbH {POOL} ref SLR-40282") == bank(POOL) == POOL.replace(" ", "")
    assert bank("Kirin Collect Ltd GB73 CLRB 0405 1173 9201 55") == "GB040511/73920155"
