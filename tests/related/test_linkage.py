"""What the exact-link SQL is given, and how its long results come back."""

from __future__ import annotations

from typing import Any

import pytest

from reinstate.related import engines
from reinstate.related.check import check
from reinstate.related.engines import DuckDBEngine
from reinstate.related.linkage import value_columns
from reinstate.related.load import from_records


def test_values_written_once_never_reach_sql() -> None:
    accounts, _ = from_records(
        [
            {"id": "A", "email": "x@example.com", "device_id": "ab12cd34", "tax_id": "DE123456789"},
            {"id": "B", "email": "X@Example.com", "browser_fingerprint": "AB12-CD34"},
            {"id": "C", "email": "z@example.com", "tax_id": "DE987654321"},
        ]
    )
    cols = {name: _listed(c) for name, c in value_columns(accounts).items()}
    rows = sorted(zip(cols["acc"], cols["ns"], cols["key"], strict=True))
    # the e-mail is shared; the device id and the fingerprint have one key, not one namespace
    assert rows == [(0, "email", "x@example.com"), (1, "email", "x@example.com")]
    assert cols["raw"] == ["x@example.com", "X@Example.com"]


def _listed(column: Any) -> list[Any]:
    if hasattr(column, "to_pylist"):
        return list(column.to_pylist())
    return list(column.tolist()) if hasattr(column, "tolist") else list(column)


def test_value_columns_from_the_loaders_columns_are_those_of_the_values() -> None:
    records = [
        {"id": "A", "email": ["x@example.com", "X@example.com"], "company": "Acme Ltd"},
        {"id": "B", "email": "X@Example.com", "address": "1 Main St, Springfield 12345"},
        {"id": "C", "company": "ACME Limited", "address": "1 Main Street Springfield 12345"},
        {"id": "D", "phone": "+1 870 956 2580", "bank": "DE89370400440532013000"},
        {"id": "E", "phone": "+18709562580", "bank": "de89 3704 0044 0532 0130 00"},
    ]
    columnar, _ = from_records(records)
    listed, _ = from_records(records)
    for account in listed:
        account.values = list(account.values)  # the accounts no longer share the columns
    fast = _rows(value_columns(columnar))
    # the same rows (the SQL reads them in any order)
    assert fast == _rows(value_columns(listed))
    assert fast


def _rows(columns: dict[str, Any]) -> list[tuple[Any, ...]]:
    names = ("acc", "ns", "kind", "raw", "key")
    return sorted(zip(*(_listed(columns[n]) for n in names), strict=True))


def test_long_results_come_in_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engines, "BATCH", 3)
    engine = DuckDBEngine()
    try:
        got = list(engine.batches("SELECT range FROM range(8) ORDER BY range"))
    finally:
        engine.close()
    assert [len(b) for b in got] == [3, 3, 2]
    assert [r[0] for b in got for r in b] == list(range(8))


def test_held_rows_outlive_the_engine_s_release(monkeypatch: pytest.MonkeyPatch) -> None:
    # the exact links are made from held rows while Splink has the engine (or after a release)
    monkeypatch.setattr(engines, "BATCH", 3)
    engine = DuckDBEngine()
    try:
        sql = "SELECT range, 'k' || range, NULL FROM range(8) ORDER BY range"
        batched = list(engine.batches(sql))
        held = engine.held(sql, ("n", "text", "none"))
        engine.release()
        assert engine.rows("SELECT 42") == [(42,)]
        got = list(held)
    finally:
        engine.close()
    assert [b.column_names for b in got] == [["n", "text", "none"]] * 3
    assert [list(zip(*(c.to_pylist() for c in b.columns), strict=True)) for b in got] == batched
    assert [b.num_rows for b in got] == [3, 3, 2]


def test_an_engine_of_python_rows_holds_them_as_arrow_batches() -> None:
    # Spark's engine gives its rows as tuples: the exact links read Arrow columns all the same
    class Rows(DuckDBEngine):
        held = engines.Engine.held

    engine = Rows()
    try:
        got = list(engine.held("SELECT range, 'k' || range FROM range(3)", ("n", "text")))
        none = list(engine.held("SELECT 1 WHERE false", ("x",)))
    finally:
        engine.close()
    assert [b.to_pydict() for b in got] == [{"n": [0, 1, 2], "text": ["k0", "k1", "k2"]}]
    assert none == []


def test_pairs_read_in_small_batches_give_the_same_report(
    family: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = check(family, join=0.3).to_json()
    monkeypatch.setattr(engines, "BATCH", 1)
    assert check(family, join=0.3).to_json() == whole


def test_dropping_the_values_once_linked_changes_no_result(family: list[dict[str, Any]]) -> None:
    kept, _ = from_records(family)
    dropped, _ = from_records(family)
    assert check(dropped, join=0.3, drop_values=True).to_json() == check(kept, join=0.3).to_json()
    assert all(a.values for a in kept)
    assert not any(a.values for a in dropped)


def test_fuzzy_records_from_the_loaders_columns_are_those_of_the_values() -> None:
    from reinstate.related import fuzzy

    records = [
        {"id": "A", "company": ["Acme Ltd", "Acme Trading"], "address": ["1 Main St 12345"]},
        {"id": "B", "store": "acme", "address": ["2 Main St 12345", "3 Side Rd", "4 Hill 99"]},
        {"id": "C", "email": "c@example.com"},
        {"id": "D", "address": "深圳市南山区科技园 518000"},
        {"id": "E", "company": [f"Firm {n}" for n in range(4)], "address": ["5 A St", "6 B St"]},
    ]
    columnar, _ = from_records(records)
    listed, _ = from_records(records)
    for account in listed:
        account.values = list(account.values)
    fast = fuzzy.record_table(columnar)
    slow = fuzzy.record_table(listed)
    assert {n: c.to_pylist() for n, c in fast.columns.items()} == {
        n: c.to_pylist() for n, c in slow.columns.items()
    }
    assert len(fast) == 2 + 3 + 1 + 8
    assert fast.rows([fast.row("4:7")])[fast.row("4:7")] == fuzzy.records(listed)[-1]
    cols = {n: c.to_pylist() for n, c in fuzzy.columns(fast)[0].items()}
    blocks = [fuzzy.blocks(r) for r in fuzzy.records(listed)]
    assert cols["addr_tail"] == [b["addr_tail"] for b in blocks]
    assert cols["name_block"] == [b["name_block"] for b in blocks]
