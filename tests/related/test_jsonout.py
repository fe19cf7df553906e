from __future__ import annotations

import io
import json
import os
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reinstate.related import jsonout
from reinstate.related.check import RelatedReport, check
from reinstate.related.findings import Findings
from reinstate.related.model import Cluster, Evidence, Link
from reinstate.rules import default_registry


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
    text = "".join(p if isinstance(p, str) else p.decode() for p in jsonout.chunks(data))
    assert json.loads(text) == {
        "kind": "x",
        "empty": [],
        "items": [{"a": [1, 2]}, {"b": "é"}],
        "n": 3,
    }
    assert '\n    {"b": "é"}\n  ]' in text


def _as_encoded(report: RelatedReport) -> None:
    """Each text the command writes is what the encoder writes of the object's to_json."""
    for cluster in report.clusters:
        assert jsonout.cluster_text(cluster) == jsonout.encode(cluster.to_json())
    for x in report.links:
        assert jsonout.link_text(x) == jsonout.encode(x.to_json())
    texts = list(report.found.texts())
    assert texts == [jsonout.encode(f.to_json()).encode() for f in report.findings]
    assert len(texts) == len(report.found) == len(report.findings)


def test_findings_are_written_as_their_own_json(family: list[dict[str, Any]]) -> None:
    family = [*family, {"id": "Z1", "legal_name": "深圳市華麗貿易有限公司"}]
    family.append({"id": "Z2", "legal_name": 'Bright "Star" {x} Trading\\', "ip": "198.51.100.9"})
    family.append({"id": "Z3", "legal_name": 'Bright "Star" {x} Trading\\'})
    # joined from a low strength, the weak links are in clusters too and give findings
    report = check(family, join=0.1)
    codes = [f.code for f in report.findings]
    # R005 (C1-C2's near-identical address), several rules on one link, R006 after them all
    assert {"R001", "R002", "R003", "R005", "R006"} <= set(codes)
    assert codes.index("R006") > max(i for i, c in enumerate(codes) if c != "R006")
    _as_encoded(report)
    # the report's findings as objects and as text are the same ones, in the same order
    assert [json.loads(t)["code"] for t in report.found.texts()] == codes
    assert report.found.head(2) == report.findings[:2]


def test_findings_of_a_candidate_and_of_one_account(family: list[dict[str, Any]]) -> None:
    candidate = check(family, candidate={"phone": "+86 138 0013 8000", "ip": "198.51.100.9"})
    assert candidate.findings[0].code == "R007"
    _as_encoded(candidate)
    _as_encoded(check(family, account_id="A3"))


def test_switched_off_link_rules_give_no_findings(family: list[dict[str, Any]]) -> None:
    from reinstate.rules import Registry, builtin_rules
    from reinstate.rules.config import RuleSettings

    registry = Registry(builtin_rules(), RuleSettings(disabled=frozenset({"R001", "R003"})))
    report = check(family, registry=registry)
    codes = {f.code for f in report.findings}
    assert codes and not codes & {"R001", "R003"}
    _as_encoded(report)
    silent = check(family, registry=Registry(builtin_rules(), RuleSettings(disabled=_LINK)))
    assert {f.code for f in silent.findings} == {"R006"}
    _as_encoded(silent)


_LINK = frozenset({"R001", "R002", "R003", "R004", "R005"})

_REASONS = [None, "related.text.switchboard", "related.text.reception_phone"]
_TEXT = st.text(st.characters(codec="utf-8"), max_size=12)
_UNIT = st.floats(min_value=0.0, max_value=1.0)


@st.composite
def _evidence(draw: st.DrawFn) -> Evidence:
    return Evidence(
        draw(st.sampled_from(["bank", "phone", "address", "ip"])),
        draw(st.sampled_from(["bank_account", "phone", "business_address"])),
        draw(st.sampled_from(["bank_account", "login"])),
        draw(_TEXT),
        draw(_TEXT),
        draw(_TEXT),
        draw(_UNIT),
        method=draw(st.sampled_from(["exact", "fuzzy"])),
        probability=draw(st.none() | _UNIT),
        sharers=draw(st.integers(2, 40)),
        crowded=draw(st.booleans()),
        reason=draw(st.sampled_from(_REASONS)),
    )


_LINKS = st.builds(Link, _TEXT, _TEXT, st.lists(_evidence(), max_size=4))


@settings(max_examples=200, deadline=None)
@given(
    links=st.lists(_LINKS, max_size=4),
    accounts=st.lists(_TEXT, max_size=4),
    hubs=st.lists(st.dictionaries(_TEXT, _TEXT | _UNIT | st.booleans(), max_size=3), max_size=2),
)
def test_cluster_text_is_the_encoded_to_json(
    links: list[Link], accounts: list[str], hubs: list[dict[str, Any]]
) -> None:
    cluster = Cluster(7, accounts, links, accounts[:1], hubs, links[:2])
    assert jsonout.cluster_text(cluster) == jsonout.encode(cluster.to_json())
    findings = Findings(links, default_registry())
    assert list(findings.texts()) == [jsonout.encode(f.to_json()).encode() for f in findings]


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


def test_a_utf8_stream_gets_the_bytes_of_the_text(family: list[dict[str, Any]]) -> None:
    """On a UTF-8 stream the JSON is encoded here and written by a second thread: same bytes."""
    data = check([*family, {"id": "Z1", "legal_name": "深圳市華麗貿易有限公司"}]).to_json()
    text = io.StringIO()
    jsonout.write(data, text)
    for encoding in ("utf-8", "utf-16"):
        raw = io.BytesIO()
        stream = io.TextIOWrapper(raw, encoding=encoding, newline="\n")
        stream.write("before ")
        jsonout.write(data, stream)
        stream.flush()
        assert raw.getvalue() == ("before " + text.getvalue()).encode(encoding)


def test_a_message_the_fast_writer_cannot_fill_is_written_all_the_same(
    family: list[dict[str, Any]],
) -> None:
    """A message with a format spec, an unknown name or braces and quotes of its own."""
    from dataclasses import replace

    report = check(family)
    found = report.found
    for code, message in (
        ("R001", {"en": 'Bank {a} / {b} "{strength:>6}"', "zh": "{nothing} {{x}} {values}"}),
        ("R002", {"en": 'Plain "quoted" {{braces}} \\ {a}', "zh": "账户 {b}\n{attributes}"}),
    ):
        found.rules[code] = replace(found.rules[code], message=message)
    texts = list(found.texts())
    assert texts == [jsonout.encode(f.to_json()).encode() for f in found]
    assert any(b'"{nothing} {x} ' in t for t in texts)


def _written(data: dict[str, Any]) -> bytes:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
    jsonout.write(data, stream)
    stream.flush()
    return raw.getvalue()


def test_a_large_report_s_lists_made_by_forked_children_are_the_same_bytes(
    family: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    report = check([*family, {"id": "Z1", "legal_name": "深圳市華麗貿易有限公司"}])
    alone = _written(report.to_json(lazy=True))
    # the module (the package's `check` is the function)
    monkeypatch.setattr(sys.modules["reinstate.related.check"], "FORK_FROM", 0)
    data = report.to_json(lazy=True)
    assert isinstance(data["clusters"], jsonout.Parts)
    assert _written(data) == alone
    assert json.loads(alone) == json.loads(json.dumps(report.to_json(), ensure_ascii=False))


def test_a_child_that_failed_leaves_its_items_to_this_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(texts: Any, errors: str) -> Any:
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return original(texts, errors)

    parent, original = os.getpid(), jsonout._items
    monkeypatch.setattr(jsonout, "_items", broken)
    data = {
        "a": jsonout.Parts([jsonout.Texts(["1", "2"]), jsonout.Forked(["3"])]),
        "b": jsonout.Forked([b"4", b"5"]),
        "c": jsonout.Forked([]),
    }
    assert json.loads(_written(data)) == {"a": [1, 2, 3], "b": [4, 5], "c": []}


def test_the_lists_after_a_forked_one_are_made_while_its_child_works(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[str] = []

    def spied(items: list[str]) -> Any:
        for item in items:
            made.append(item)
            yield item

    def waitpid(pid: int, options: int) -> tuple[int, int]:
        made.append("waited")
        return wait(pid, options)

    wait = os.waitpid
    monkeypatch.setattr(os, "waitpid", waitpid)
    data = {
        "a": jsonout.Parts([jsonout.Texts(["1"]), jsonout.Forked(["2", "3"])]),
        "b": jsonout.Spooled(spied(["4", "5"])),
        "c": jsonout.Spooled([]),
    }
    assert json.loads(_written(data)) == {"a": [1, 2, 3], "b": [4, 5], "c": []}
    # made before this process waited for the child, not after it in turn
    assert made == ["4", "5", "waited"]
    # without a child (not a UTF-8 byte stream): the same text, made in turn
    text = io.StringIO()
    jsonout.write({"a": jsonout.Forked(["1"]), "b": jsonout.Spooled(iter(["2"]))}, text)
    assert json.loads(text.getvalue()) == {"a": [1], "b": [2]}
