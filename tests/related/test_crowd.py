"""A full address many accounts use (a virtual office, a registered agent) joins nobody alone."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import typer
from support.related_hard import generate
from typer.testing import CliRunner

from reinstate.related.check import check, links_for_candidate
from reinstate.related.commands import register
from reinstate.related.crowd import ADDRESS_CROWD, crowded, marked
from reinstate.related.load import from_records

OFFICE = "1209 Orange Street, Suite 7, Wilmington, DE 19801"
FIRMS = ("Brightex", "Zorvan", "Kelmora", "Tandiva", "Quoril", "Pexana", "Ulmrid")


def strangers(address: str = OFFICE, count: int = 7) -> list[dict[str, Any]]:
    """Small firms registered at one virtual office, sharing nothing else."""
    return [
        {
            "id": f"V{i}",
            "legal_name": f"{name} Trading LLC",
            "email": f"{name.lower()}@mail{i}.example",
            "phone": f"+1 302 555 01{i:02d}",
            "business_address": address,
        }
        for i, name in enumerate(FIRMS[:count])
    ]


def operator() -> list[dict[str, Any]]:
    """One operator's seven accounts at one flat, each also sharing a bank, phone or e-mail."""
    shared = [
        {"bank_account": "6225 8801 2345 6789"},
        {"phone": "+86 138 0013 8000"},
        {"email": "boss@ruiwan.example"},
    ]
    return [
        {
            "id": f"O{i}",
            "legal_name": f"深圳市瑞{x}科技有限公司",
            "business_address": "深圳市南山区科苑路88号1203室",
            **shared[i % 3],
            **(shared[1] if i == 0 else {}),
            **(shared[2] if i == 0 else {}),
        }
        for i, x in enumerate("万华美达丰盛兴")
    ]


def clusters(records: list[dict[str, Any]], **kw: Any) -> list[list[str]]:
    return [c.accounts for c in check(records, **kw).clusters]


def test_strangers_at_a_virtual_office_are_not_one_operator() -> None:
    assert clusters(strangers()) == []
    report = check(strangers(), account_id="V0")
    assert len(report.links) == 6
    for link in report.links:
        (e,) = link.evidence
        assert e.crowded and e.sharers == 7 and not link.joins()
        note = e.to_json()["note"]
        assert "7" in note["en"] and "virtual-office" in note["en"]
        assert "7" in note["zh"] and "商务秘书" in note["zh"]


def test_an_operator_at_one_address_stays_joined() -> None:
    assert clusters(operator() + strangers()) == [[f"O{i}" for i in range(7)]]


def test_two_accounts_at_one_full_address_still_join() -> None:
    # a household: Amazon counts a spouse's or roommate's account at the same flat
    assert clusters(strangers(count=2)) == [["V0", "V1"]]


def test_below_the_crowd_strangers_sharing_only_an_address_are_not_one_operator() -> None:
    # three or four small firms at one suite that share nothing else: an agent's address too
    # (service.py); before, they were one "operator" until the fifth arrived
    tenants = strangers(count=ADDRESS_CROWD - 1)
    assert clusters(tenants) == []
    report = check(tenants, account_id="V0")
    assert all(e.reason and not x.joins() for x in report.links for e in x.evidence)


def test_other_evidence_on_the_same_link_corroborates() -> None:
    records = strangers()
    records[0]["browser_fingerprint"] = records[1]["browser_fingerprint"] = "f00dfeed"
    assert clusters(records) == [["V0", "V1"]]


def test_the_count_is_a_parameter() -> None:
    crowded_at = {
        crowd: {e.crowded for x in check(strangers(), crowd=crowd, account_id="V0").links
                for e in x.evidence}
        for crowd in (ADDRESS_CROWD, 8)
    }  # fmt: skip
    assert crowded_at == {ADDRESS_CROWD: {True}, 8: {False}}


@pytest.mark.parametrize(
    "address",
    [
        "c/o Registered Agents Inc, 1209 Orange St, Suite 100, Wilmington DE 19801",
        "PMB 204, 2810 N Church St, Wilmington, DE 19802",
        "Regus Business Centre, Level 5, 1 Market St, London EC1 2AB",
        "深圳市南山区科技园商务秘书有限公司托管地址1203室",
    ],
)
def test_virtual_office_words_make_three_sharers_a_crowd(address: str) -> None:
    assert clusters(strangers(address, count=3)) == []


def test_words_are_a_signal_not_the_mechanism() -> None:
    from reinstate.related.normalize import normalize

    key = normalize("business_address", "88 Suite Road, Unit 4, Austin, TX 78701")
    assert not marked(key)
    assert not crowded("business_address", key, 4) and crowded("business_address", key, 5)
    assert not crowded("email", "a@b.example", 50)


def test_an_address_hub_of_many_accounts_joins_nobody() -> None:
    # more sharers than pairs are listed for (linkage.CAP): one hub node, weak
    records = [{"id": f"H{i}", "email": f"h{i}@x.example", "address": OFFICE} for i in range(60)]
    report = check(records, fuzzy=False, account_id="H0")
    assert report.clusters == [] and report.links
    assert not any(x.joins() for x in report.links)
    address = [e for x in report.links for e in x.evidence if e.namespace == "address"]
    assert len(address) == 59 and all(e.crowded and e.sharers == 60 for e in address)


def test_a_new_account_at_the_office_sees_weak_evidence() -> None:
    accounts, _ = from_records(strangers())
    links = links_for_candidate(accounts, {"business_address": OFFICE}, fuzzy=False)
    assert len(links) == 7
    assert all(e.crowded and e.sharers == 8 for x in links for e in x.evidence)
    assert not any(x.joins() for x in links)


def test_command_shows_the_note_and_takes_the_option(tmp_path: Path) -> None:
    app = typer.Typer()
    register(app)
    app.callback()(lambda: None)
    path = tmp_path / "accounts.json"
    path.write_text(json.dumps(strangers()), encoding="utf-8")
    base = ["related", "check", "--accounts", str(path)]
    text = CliRunner().invoke(app, [*base, "--account", "V0", "--lang", "zh"])
    assert "商务秘书" in text.stdout
    data = json.loads(CliRunner().invoke(app, [*base, "--format", "json"]).stdout)
    assert data["address_crowd"] == ADDRESS_CROWD and data["summary"]["clusters"] == 0
    wider = CliRunner().invoke(app, [*base, "--format", "json", "--address-crowd", "8"])
    assert json.loads(wider.stdout)["address_crowd"] == 8


def test_hard_set_virtual_offices_and_one_address_operators() -> None:
    data = generate(4000, seed=19)
    accounts, problems = from_records(data.accounts)
    labels = {a.id: -1 - n for n, a in enumerate(accounts)}
    for cluster in check(accounts, problems=problems).clusters:
        for account in cluster.accounts:
            labels[account] = cluster.id
    offices = [(a, b) for a, b, trap in data.decoys if trap == "virtual_office"]
    assert offices and not any(labels[a] == labels[b] for a, b in offices)
    owners = Counter(o for i, o in data.owner.items() if data.family[o] == "one_address_operator")
    assert owners
    planted = Counter(
        (a, ns) for a, _, ns in data.planted if data.family[data.owner[a]] == "one_address_operator"
    )
    for owner in owners:
        members = {labels[i] for i, o in data.owner.items() if o == owner}
        first = min(i for i, o in data.owner.items() if o == owner)
        # An operator whose accounts there share nothing but one phone looks like a virtual
        # office's tenants and its reception line (docs/related.md): it is not joined. Two
        # accounts tied by a bank or an e-mail make the office its own, and the phone joins.
        if planted[(first, "bank")] + planted[(first, "email")]:
            assert len(members) == 1
    tenants = [(a, b) for a, b, trap in data.decoys if trap == "reception_phone"]
    assert tenants and not any(labels[a] == labels[b] for a, b in tenants)


def test_an_address_the_operator_owns_joins_its_last_account() -> None:
    # seven accounts joined by bank, phone, e-mail; an eighth shares only their office
    records = operator()
    records.append({"id": "O7", "legal_name": "深圳市瑞东科技有限公司",
                    "business_address": "深圳市南山区科苑路88号1203室"})  # fmt: skip
    assert clusters(records + strangers()) == [[f"O{i}" for i in range(8)]]


def test_a_stranger_beside_a_small_operator_stays_apart() -> None:
    records = strangers(count=5)
    for r in records[1:4]:
        r["email"] = records[0]["email"]
    assert clusters(records) == [["V0", "V1", "V2", "V3"]]
    # two unrelated pairs at one office: no single owner
    records = strangers()
    records[1]["email"] = records[0]["email"]
    records[3]["email"] = records[2]["email"]
    assert clusters(records) == [["V0", "V1"], ["V2", "V3"]]
