from __future__ import annotations

import json
from pathlib import Path

import pytest

from reinstate.errors import ReinstateError
from reinstate.related.load import load_accounts, parse_csv, parse_json, parse_jsonl

WIDE = (
    "id,status,legal_name,email,phone,ip,favourite_colour\n"
    'A1,suspended,Acme Ltd,a@example.com|B@Example.com,+86 138 0013 8000,"10.0.0.1\n10.0.0.2",red\n'
    ",active,Nobody Ltd,n@example.com,,,\n"
    "A2,active,Acme Limited,b@example.com,not a phone,10.0.0.3,blue\n"
    "A3,too,few\n"
    "A1,,,c@example.com,,,\n"
)


def test_wide_csv_reports_bad_lines_and_keeps_the_rest() -> None:
    accounts, problems = parse_csv(WIDE)
    by_id = {a.id: a for a in accounts}
    assert sorted(by_id) == ["A1", "A2"]
    a1 = by_id["A1"]
    assert a1.suspended
    assert {v.key for v in a1.values if v.kind == "email"} == {
        "a@example.com",
        "b@example.com",
        "c@example.com",
    }
    assert {v.key for v in a1.values if v.kind == "ip"} == {"10.0.0.1", "10.0.0.2"}
    found = {(p.code, p.line) for p in problems}
    # The quoted cell spans lines 2-3, so the data lines after it are 4, 5, 6, 7.
    assert ("missing_id", 4) in found
    assert ("bad_value", 5) in found
    assert ("bad_row", 6) in found
    assert any(p.code == "unknown_column" and p.column == "favourite_colour" for p in problems)
    bad = next(p for p in problems if p.code == "bad_value")
    assert bad.value == "not a phone" and bad.column == "phone"
    message = bad.to_json()["message"]
    assert "5" in message["en"] and "5" in message["zh"]


def test_long_csv() -> None:
    text = (
        "account_id,attribute,value\nA1,bank,DE89 3704\nA1,country,GB\n"
        "A1,phone,020 7946 0958\nA2,wat,1\n"
    )
    accounts, problems = parse_csv(text)
    assert accounts[0].country == "GB"
    assert {v.key for v in accounts[0].values} == {"893704", "+442079460958"}
    assert [(p.code, p.line) for p in problems] == [("unknown_column", 5)]


def test_json_array_line_numbers() -> None:
    text = json.dumps(
        [{"id": "A1", "email": ["a@example.com"]}, {"email": "x@example.com"}, 5], indent=1
    )
    accounts, problems = parse_json(text)
    assert [a.id for a in accounts] == ["A1"]
    lines = text.splitlines()
    missing = next(p for p in problems if p.code == "missing_id")
    assert lines[missing.line - 1].strip() == "{"
    assert any(p.code == "bad_row" for p in problems)


def test_json_object_with_accounts_key_and_invalid_json() -> None:
    accounts, _ = parse_json('{"accounts": [{"id": "A", "ip": "10.0.0.1"}]}')
    assert accounts[0].values[0].key == "10.0.0.1"
    with pytest.raises(ReinstateError) as err:
        parse_json('[{"id": "A",]')
    assert err.value.code == "related_bad_json"


def test_jsonl_skips_broken_lines() -> None:
    accounts, problems = parse_jsonl('{"id": "A"}\n{broken\n\n{"id": "B", "brand": "X™"}\n')
    assert [a.id for a in accounts] == ["A", "B"]
    assert [(p.code, p.line) for p in problems] == [("bad_row", 2)]


def test_load_file_by_suffix_and_missing(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "A", "email": "a@example.com"}\n', encoding="utf-8")
    accounts, _ = load_accounts(path)
    assert accounts[0].id == "A"
    with pytest.raises(ReinstateError) as err:
        load_accounts(tmp_path / "nope.csv")
    assert err.value.path and err.value.path.endswith("nope.csv")


def test_problems_stay_in_file_order_though_values_are_normalised_in_bulk() -> None:
    text = (
        "account_id,attribute,value\n"
        "A1,email,a@example.com\n"
        "A1,ip,not an ip\n"
        "A2,too,many,fields\n"
        "A2,card,12\n"
        "A2,favourite,red\n"
        "A3,email,a@example.com\n"
    )
    accounts, problems = parse_csv(text)
    assert [(p.line, p.code) for p in problems] == [
        (3, "bad_value"),
        (4, "bad_row"),
        (5, "bad_value"),
        (6, "unknown_column"),
    ]
    assert [v.key for a in accounts for v in a.values if v.kind == "email"] == ["a@example.com"] * 2
