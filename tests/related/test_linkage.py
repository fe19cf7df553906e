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
    cols = value_columns(accounts)
    rows = sorted(zip(cols["acc"].tolist(), cols["ns"], cols["key"], strict=True))
    # the e-mail is shared; the device id and the fingerprint have one key, not one namespace
    assert rows == [(0, "email", "x@example.com"), (1, "email", "x@example.com")]
    assert cols["raw"] == ["x@example.com", "X@Example.com"]


def test_long_results_come_in_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engines, "BATCH", 3)
    engine = DuckDBEngine()
    try:
        got = list(engine.batches("SELECT range FROM range(8) ORDER BY range"))
    finally:
        engine.close()
    assert [len(b) for b in got] == [3, 3, 2]
    assert [r[0] for b in got for r in b] == list(range(8))


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
