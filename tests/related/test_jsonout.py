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


def test_findings_are_written_as_their_own_json(family: list[dict[str, Any]]) -> None:
    """Each finding's text (its rule's fixed parts encoded once) is what Finding.to_json gives."""
    report = check([*family, {"id": "Z1", "legal_name": "深圳市華麗貿易有限公司"}])
    encoded = set()
    for finding in report.findings:
        item = jsonout.finding(finding)
        if isinstance(item, jsonout.Encoded):
            assert item == jsonout._ITEM.encode(finding.to_json())
            encoded.add(finding.code)
        else:  # a rule whose why or fix takes parameters
            assert item == finding.to_json()
    assert len(encoded) >= 2


def test_the_encoder_made_once_writes_what_json_encode_writes() -> None:
    from pathlib import PurePosixPath

    items: list[Any] = [
        {"a": [1, 2.5, None, True], "b": 'é 深圳 \n "q"', "c": {"d": float("inf")}},
        [0.1, -3, "x"],
        "plain",
        None,
        {"path": PurePosixPath("/tmp/x"), 3: "int key"},
    ]
    for item in items:
        assert jsonout.encode(item) == jsonout._ITEM.encode(item)
