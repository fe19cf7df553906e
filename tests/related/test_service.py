"""A service provider's phone, mailbox or device on unrelated clients joins nobody alone."""

from __future__ import annotations

import json
from typing import Any

import pytest

from reinstate.related.check import check
from reinstate.related.service import SERVICE_MIN, SERVICE_NOTE

CLIENTS = ("Brightex", "Zorvan", "Kelmora", "Tandiva", "Quoril", "Pexana")
BOOKKEEPER = {"phone": "+49 30 9876 5432", "email": "buchhaltung@kanzlei-lenz.example"}


def clients(kind: str, count: int = 5) -> list[dict[str, Any]]:
    """Unrelated small firms whose one bookkeeper wrote her own phone or mailbox on each."""
    return [
        {
            "id": f"C{i}",
            "legal_name": f"{name} Handels GmbH",
            "bank_account": f"DE{10 + i} 5001 0517 0000 {i:04d} 00",
            "business_address": f"Hauptstraße {i + 1}, 1011{i} Berlin",
            kind: BOOKKEEPER[kind],
        }
        for i, name in enumerate(CLIENTS[:count])
    ]


def clusters(records: list[dict[str, Any]]) -> list[list[str]]:
    return [sorted(c.accounts) for c in check(records).clusters]


@pytest.mark.parametrize("kind", ["phone", "email"])
def test_a_bookkeepers_contact_on_unrelated_clients_is_not_one_operator(kind: str) -> None:
    assert clusters(clients(kind)) == []
    # the seller still sees it on the account's links, weak and with the reason
    report = check(clients(kind), account_id="C0")
    evidence = [e for link in report.links for e in link.evidence if e.namespace == kind]
    assert evidence and all(e.reason == SERVICE_NOTE and e.strength < 0.7 for e in evidence)
    note = json.dumps([link.to_json() for link in report.links], ensure_ascii=False)
    assert "service provider" in note and "服务商" in note


def test_two_accounts_sharing_a_phone_still_join() -> None:
    # below SERVICE_MIN sharers a phone is one operator's, as it always was
    assert SERVICE_MIN > 2
    assert clusters(clients("phone", count=2)) == [["C0", "C1"]]


def test_an_operators_phone_joins_when_its_accounts_share_more() -> None:
    records = clients("phone", count=4)
    # the same owner's bank account on all four: the phone is the owner's, not a provider's
    for record in records:
        record["bank_account"] = "DE89 3704 0044 0532 0130 00"
    assert clusters(records) == [["C0", "C1", "C2", "C3"]]


def test_an_operators_phone_joins_its_accounts_at_one_office_when_two_are_tied() -> None:
    records = clients("phone", count=3)
    for record in records:
        record["business_address"] = "Hauptstraße 1, 10111 Berlin"
    # three accounts sharing only an office and its phone look like a small office's tenants and
    # its reception line (shown, weak); two of them tied by a bank make it an operator's office
    assert clusters(records) == []
    records[1]["bank_account"] = records[0]["bank_account"]
    assert clusters(records) == [["C0", "C1", "C2"]]


def test_an_agencys_login_on_its_clients_still_joins() -> None:
    # Amazon links accounts through a user with rights on them (docs/related.md)
    records = clients("email", count=4)
    for record in records:
        record["login"] = record.pop("email")
    assert clusters(records) == [["C0", "C1", "C2", "C3"]]
