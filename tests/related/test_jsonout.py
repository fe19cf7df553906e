from __future__ import annotations

import io
import json
from typing import Any

from reinstate.related import jsonout
from reinstate.related.check import check


def test_streamed_report_parses_to_the_full_json(family: list[dict[str, Any]]) -> None:
    family = [*family, {"id": "Z9", "phone": "not a phone"}]
    report = check(family, problems=None)
    out = io.StringIO()
    jsonout.write(report.to_json(lazy=True), out)
    full = json.loads(json.dumps(report.to_json(), ensure_ascii=False, default=str))
    assert json.loads(out.getvalue()) == full
    assert full["clusters"] and full["problems"] and "无法使用" in out.getvalue()


def test_lazy_lists_stream_one_item_per_line() -> None:
    data = {"kind": "x", "empty": iter([]), "items": iter([{"a": [1, 2]}, {"b": "é"}]), "n": 3}
    text = "".join(jsonout.chunks(data))
    assert json.loads(text) == {
        "kind": "x",
        "empty": [],
        "items": [{"a": [1, 2]}, {"b": "é"}],
        "n": 3,
    }
    assert '\n    {"b": "é"}\n  ]' in text
