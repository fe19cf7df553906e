"""What the loader accepts and refuses: plural keys, export headers, GBK, files with nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.related_cli import related_app
from typer.testing import CliRunner

from reinstate.errors import ReinstateError
from reinstate.related.load import load_accounts, parse_csv


def test_jsonl_with_plural_keys_keeps_every_column(tmp_path: Path) -> None:
    record = {
        "id": "A1",
        "emails": ["a@example.com", "b@example.com"],
        "phones": ["+86 138 0013 8000"],
        "addresses": ["Room 5, 12 Main Street, Springfield"],
        "bank_accounts": ["DE89 3704 0044 0532 0130 00"],
        "cards": ["5465 22** **** 2034 (09/2027)"],
        "tax_ids": ["DE123456789"],
        "ips": ["203.0.113.9"],
        "devices": ["dev-0001-aaaa"],
        "logins": ["va@agency.example"],
    }
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    accounts, problems = load_accounts(path)
    assert not [p for p in problems if p.code == "unknown_column"]
    kinds = {v.kind for v in accounts[0].values}
    assert {
        "email", "phone", "business_address", "bank_account", "card", "tax_id", "ip",
        "device_id", "login",
    } <= kinds  # fmt: skip


def test_export_headers_and_ignored_columns_are_reported() -> None:
    text = (
        "Seller ID,Legal Business Name,Email Address,Phone Number,Bank Account Number,"
        "VAT Number,Login IP,Favourite Colour\n"
        "S1,Acme Trading Ltd,a@example.com,+44 20 7946 0958,GB29 NWBK 6016 1331 9268 19,"
        "GB123456789,203.0.113.1,red\n"
    )
    accounts, problems = parse_csv(text)
    assert accounts[0].id == "S1"
    assert {v.kind for v in accounts[0].values} >= {
        "legal_name", "email", "phone", "bank_account", "tax_id", "ip",
    }  # fmt: skip
    assert [(p.code, p.column) for p in problems] == [("unknown_column", "Favourite Colour")]


def test_gbk_csv_is_read(tmp_path: Path) -> None:
    path = tmp_path / "gbk.csv"
    text = (
        "账户,公司名称,电话,地址\nA1,深圳市华丽贸易有限公司,0755-26712345,深圳市南山区科苑路88号\n"
    )
    path.write_bytes(text.encode("gbk"))
    accounts, problems = load_accounts(path)
    assert not problems
    values = {v.kind: v.key for v in accounts[0].values}
    assert values["legal_name"] == "华丽贸易 (有限公司, 深圳)"
    assert values["phone"] == "+8675526712345"  # the region came from the address
    assert accounts[0].inferred_country == "CN"


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("", "related_empty"),
        ("id,email,phone\n", "related_empty"),
        ("[]", "related_empty"),
        ("name_of_cat,colour\nTom,grey\n", "related_empty"),
        ("id,colour,mood\nA1,grey,calm\nA2,red,loud\n", "related_no_columns"),
    ],
)
def test_files_with_nothing_to_link_are_input_errors(
    tmp_path: Path, content: str, code: str
) -> None:
    path = tmp_path / ("accounts.json" if content.startswith("[") else "accounts.csv")
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ReinstateError) as err:
        load_accounts(path)
    assert err.value.code == code and err.value.path == str(path)
    assert err.value.message["zh"]
    result = CliRunner().invoke(
        related_app(), ["related", "check", "--accounts", str(path), "--format", "json"]
    )
    assert result.exit_code == 2, result.output
    data = json.loads(result.stdout)
    assert data["error"]["path"] == str(path)
    assert "No links found" not in result.stdout


def test_inferred_countries_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(
        'id,phone,address\nA1,020 7946 0958,"Flat 2, 10 Elm Road, Leeds LS1 4DT, UK"\n'
        "A2,+44 20 7946 0958,\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        related_app(), ["related", "check", "--accounts", str(path), "--format", "json"]
    )
    data = json.loads(result.stdout)
    assert data["inferred_countries"] == [
        {"account": "A1", "line": 2, "country": "GB", "from": "address"}
    ]
    assert data["summary"]["clusters"] == 1  # the national number links to the international one
