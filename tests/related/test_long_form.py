"""The long CSV form is told by its header: extra columns are per-account metadata (issue 15)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reinstate.related.bulk import link_long, read_long_csv
from reinstate.related.load import load_accounts, parse_csv, parse_jsonl

ROWS = (
    "A1,email,owner@example.com,amazon.com,US\n"
    "A1,phone,(212) 555-0101,,\n"
    "A2,email,owner@example.com,amazon.co.uk,\n"
    "A2,phone,020 7946 0018,,\n"
    "A3,bank,DE89 3704 0044 0532 0130 00,amazon.de,DE\n"
)


@pytest.mark.parametrize(
    "header",
    [
        "account_id,kind,value,marketplace,country",
        "account_id,attribute,value,marketplace,country",
        "account_id,type,value,marketplace,country",
        "account_id,field,value,marketplace,country",
        "account_id,key,value,marketplace,country",
        "account_id,property,value,marketplace,country",
        "seller_id,类型,值,站点,国家",
        "账户,属性,值,marketplace,country",
    ],
)
def test_long_form_with_extra_columns(header: str) -> None:
    accounts, problems = parse_csv(header + "\n" + ROWS)
    assert problems == []
    by_id = {a.id: a for a in accounts}
    assert sorted(by_id) == ["A1", "A2", "A3"]
    # metadata given only on an account's first row; the blank cells after it keep it
    assert (by_id["A1"].country, by_id["A1"].marketplace) == ("US", "amazon.com")
    assert {v.key for v in by_id["A1"].values} == {"owner@example.com", "+12125550101"}
    # a blank country: the phone region is inferred from the marketplace instead
    assert by_id["A2"].country is None and by_id["A2"].inferred_country == "GB"
    assert "+442079460018" in {v.key for v in by_id["A2"].values}
    assert by_id["A3"].country == "DE"


def test_long_form_columns_in_any_order_and_unknown_extras_reported() -> None:
    text = "value,account_id,kind,colour\nowner@example.com,A1,email,red\nx@y.com,A2,email,\n"
    accounts, problems = parse_csv(text)
    assert [(a.id, [v.key for v in a.values]) for a in accounts] == [
        ("A1", ["owner@example.com"]),
        ("A2", ["x@y.com"]),
    ]
    assert [(p.code, p.column) for p in problems] == [("unknown_column", "colour")]


def test_wide_file_with_a_type_column_stays_wide() -> None:
    accounts, _ = parse_csv("id,type,email\nA1,seller,a@example.com\n")
    assert [v.key for v in accounts[0].values] == ["a@example.com"]


def test_long_form_file_with_extra_columns_loads(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("account_id,kind,value,marketplace,country\n" + ROWS, encoding="utf-8")
    accounts, _ = load_accounts(path)
    assert len(accounts) == 3


def test_bulk_path_reads_the_long_form_by_its_header(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("country,value,kind,account_id\n,a@x.com,email,A1\nUS,a@x.com,email,A2\n")
    table = read_long_csv(str(path))
    assert table.column_names == ["account_id", "attribute", "value"]
    assert table.column("account_id").to_pylist() == ["A1", "A2"]
    result = link_long(table, workers=1)
    assert list(result.clusters.values()) == [2]


def test_jsonl_plural_keys_are_all_recognised() -> None:
    record = {
        "id": "A1",
        "company_names": ["Ruiwan Trading Co., Ltd."],
        "store_names": ["Home Essentials"],
        "person_names": ["David Brown"],
        "logins": ["ops@ruiwan.example"],
        "emails": ["a@x.example"],
        "phones": ["+1 212 555 0101"],
        "addresses": ["1 Main St, Unit 2, Springfield, IL 62701"],
        "bank_accounts": ["DE89 3704 0044 0532 0130 00"],
        "cards": ["5465 22** **** 2034 (09/2027)"],
        "tax_ids": ["DE123456789"],
        "ips": ["10.0.0.1"],
        "devices": ["ab12cd34ef56"],
        "permissions": ["staff@ruiwan.example"],
        "brands": ["Ruiwan"],
        "marketplaces": ["amazon.com"],
    }
    other = {"id": "A2", "person_names": ["David Brown"], "logins": ["ops@ruiwan.example"]}
    accounts, problems = parse_jsonl(json.dumps(record) + "\n" + json.dumps(other) + "\n")
    assert problems == []
    kinds = {v.kind for v in accounts[0].values}
    assert {"legal_name", "store_name", "person_name", "login", "permission", "card"} <= kinds
    # a person's name is weak evidence: the shared login is what joins the two
    person = next(v for v in accounts[1].values if v.kind == "person_name")
    assert person.key == "david brown"


def test_bulk_path_leaves_a_crowded_address_out(tmp_path: Path) -> None:
    office = '"1209 Orange Street, Suite 7, Wilmington, DE 19801"'
    rows = [f"V{i},address,{office}" for i in range(6)] + ["V0,email,a@x.com", "V1,email,a@x.com"]
    rows += [
        "H1,address,1 Main St Unit 2 Austin TX 78701",
        "H2,address,1 Main St Unit 2 Austin TX 78701",
    ]
    path = tmp_path / "long.csv"
    path.write_text("account_id,kind,value\n" + "\n".join(rows) + "\n")
    result = link_long(read_long_csv(str(path)), workers=1)
    assert sorted(result.clusters.values()) == [2, 2]
    wider = link_long(read_long_csv(str(path)), workers=1, crowd=7)
    assert sorted(wider.clusters.values()) == [2, 6]
