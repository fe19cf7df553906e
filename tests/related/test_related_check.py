from __future__ import annotations

from typing import Any

import pytest

from reinstate.errors import ReinstateError
from reinstate.related import fuzzy as fz
from reinstate.related.check import CANDIDATE_ID, check, links_for_candidate
from reinstate.related.linkage import link
from reinstate.related.load import from_records


def _pairs(report: Any) -> set[frozenset[str]]:
    return {frozenset((x.a, x.b)) for c in report.clusters for x in c.links}


def test_whole_file_clusters_and_evidence(family: list[dict[str, Any]]) -> None:
    report = check(family)
    clusters = sorted(sorted(c.accounts) for c in report.clusters)
    # A shared IP (A3-A4) and a near-identical address (C1-C2) are weak: shown, not joined.
    assert clusters == [["A1", "A2", "A3"]]
    assert frozenset(("A1", "A2")) in _pairs(report)
    big = report.clusters[0]
    assert big.suspended == ["A1"]
    a1a2 = next(x for x in big.links if {x.a, x.b} == {"A1", "A2"})
    bank = next(e for e in a1a2.evidence if e.namespace == "bank")
    assert bank.key == "DE89370400440532013000" and bank.method == "exact"
    assert a1a2.label == "strong" and a1a2.joins()
    a3a4 = next(x for x in big.also_shares if {x.a, x.b} == {"A3", "A4"})
    assert a3a4.label == "weak" and not a3a4.joins()
    codes = {f.code for f in report.findings}
    assert {"R001", "R002", "R006"} <= codes
    r006 = {f.params["a"]: f for f in report.findings if f.code == "R006"}
    assert sorted(r006) == ["A2", "A3"]  # every good-standing member of A1's cluster
    assert r006["A3"].params["b"] == "A1"
    assert r006["A3"].location is not None
    assert r006["A3"].location.startswith("A3 -> ") and r006["A3"].location.endswith("-> A1")
    data = report.to_json()
    assert data["kind"] == "related" and data["schema_version"] == 1
    assert data["summary"]["clusters"] == 1
    assert data["summary"]["weak_links_between_clusters"] == 2
    assert data["clusters"][0]["also_shares"][0]["joins"] is False


def test_join_threshold_is_exposed(family: list[dict[str, Any]]) -> None:
    loose = check(family, join=0.3)
    assert sorted(sorted(c.accounts) for c in loose.clusters) == [
        ["A1", "A2", "A3", "A4"],
        ["C1", "C2"],
    ]
    c_link = next(c for c in loose.clusters if "C1" in c.accounts).links[0]
    assert c_link.evidence[0].method == "fuzzy"
    assert 0.5 <= (c_link.evidence[0].probability or 0) <= 1
    assert "R005" in {f.code for f in loose.findings}


def test_account_mode_paths_go_through_intermediate_accounts(family: list[dict[str, Any]]) -> None:
    weak = check(family, account_id="A4")
    assert [x.b for x in weak.links] == ["A3"]  # the account view still shows the shared IP
    assert not weak.paths and not any(f.code == "R006" for f in weak.findings)
    report = check(family, account_id="A3")
    assert {x.b for x in report.links} == {"A2", "A4"}
    path = next(p for p in report.paths if p.accounts[-1] == "A1")
    assert path.accounts == ["A3", "A2", "A1"]
    assert path.links[0].a == "A3"
    for hop, (left, right) in zip(
        path.links, zip(path.accounts, path.accounts[1:], strict=False), strict=True
    ):
        assert (hop.a, hop.b) == (left, right)
    r006 = [f for f in report.findings if f.code == "R006"]
    assert r006 and r006[0].params["b"] == "A1"


def test_unknown_account_and_both_modes_are_errors(family: list[dict[str, Any]]) -> None:
    with pytest.raises(ReinstateError):
        check(family, account_id="ZZ")
    with pytest.raises(ReinstateError):
        check(family, account_id="A1", candidate={"email": "x@example.com"})


def test_candidate_mode_agrees_with_cheap_path(family: list[dict[str, Any]]) -> None:
    candidate = {
        "legal_name": "華麗貿易（深圳）有限公司",
        "email": "owner@example.com",
        "business_address": "Rm 1203 88 Keyuan Rd Shenzhen 518057",
        "ip": "192.0.2.1",
    }
    report = check(family, candidate=candidate)
    assert report.candidate and report.focus == CANDIDATE_ID
    assert report.findings[0].code == "R007"
    accounts, _ = from_records(family)
    cheap = links_for_candidate(accounts, candidate)
    assert {x.b for x in cheap} == {x.b for x in report.links} == {"A1", "A2"}
    for fast in cheap:
        full = next(x for x in report.links if x.b == fast.b)
        assert {(e.namespace, e.key, e.method) for e in fast.evidence} == {
            (e.namespace, e.key, e.method) for e in full.evidence
        }
        assert fast.strength == pytest.approx(full.strength, abs=0.02)


def test_candidate_without_links() -> None:
    accounts, _ = from_records([{"id": "A", "email": "a@example.com"}])
    assert links_for_candidate(accounts, {"email": "b@example.com"}) == []
    report = check(accounts, candidate={"email": "b@example.com"})
    assert not report.links and not report.findings and not report.linked


def test_python_scorer_matches_splink() -> None:
    accounts, _ = from_records(
        [
            {
                "id": "X",
                "legal_name": "Lumen Outdoor Ltd",
                "business_address": "4410 Riverside Drive, Burbank 91505",
            },
            {
                "id": "Y",
                "legal_name": "Lumen Outdor Limited",
                "business_address": "4410 Riversde Dr, Burbank 91505",
            },
        ]
    )
    from reinstate.related.engines import DuckDBEngine

    recs = fz.records(accounts)
    engine = DuckDBEngine()
    try:
        rows = fz.splink_pairs(engine, recs, threshold=0.0)
    finally:
        engine.close()
    assert len(rows) == 1
    p, g_name, g_addr = fz.score_pair(recs[0], recs[1])
    assert (g_name, g_addr) == (rows[0]["gamma_name"], rows[0]["gamma_address"])
    assert p == pytest.approx(rows[0]["match_probability"], rel=1e-6)


def test_values_shared_by_many_accounts_become_hubs() -> None:
    records = [
        # an agency's user on eight clients (a device would be an assistant's: service.py)
        {"id": f"S{i}", "login": "ops@agency.example", "email": f"s{i}@example.com"}
        for i in range(8)
    ]
    records.append({"id": "T", "email": "s0@example.com"})
    records += [{"id": f"W{i}", "ip": "203.0.113.1"} for i in range(8)]
    accounts, _ = from_records(records)
    linkage = link(accounts, fuzzy=False, cap=5)
    assert len(linkage.hubs) == 2
    assert {len(h.members) for h in linkage.hubs} == {8}
    labels = dict(zip([a.id for a in accounts], linkage.labels, strict=True))
    assert len({labels[f"S{i}"] for i in range(8)} | {labels["T"]}) == 1
    # an IP shared by many (an office, a VPN) never joins on its own
    assert len({labels[f"W{i}"] for i in range(8)}) == 8
    assert all(e.namespace == "email" for x in linkage.links.values() for e in x.evidence)
    from reinstate.related.check import _paths

    paths = _paths(linkage, linkage.index()["T"])
    to_s5 = next(p for p in paths if p.accounts[-1] == "S5")
    assert to_s5.accounts == ["T", "S0", "S5"]
    assert to_s5.links[1].evidence[0].sharers == 8
