"""The related-accounts check: links, paths and clusters, with findings from the R rules.

reinstate explains links so that they can be disclosed and documented truthfully in an appeal;
it never suggests how to hide them.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from reinstate.contract import envelope
from reinstate.errors import ReinstateError
from reinstate.related import fuzzy as fz
from reinstate.related.attributes import BY_NAME
from reinstate.related.linkage import Hub, Linkage, link
from reinstate.related.load import from_records
from reinstate.related.model import Account, Cluster, Evidence, Link, Path, Problem, Value
from reinstate.rules import Finding, Registry, default_registry

CANDIDATE_ID = "(new account)"
FINANCIAL = {"bank", "card", "tax"}
DEVICE = {"ip", "device", "fingerprint"}
ACCESS = {"login", "permission"}


@dataclass
class RelatedReport:
    accounts: int
    engine: str
    problems: list[Problem] = field(default_factory=list)
    focus: str | None = None
    candidate: bool = False
    links: list[Link] = field(default_factory=list)
    paths: list[Path] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    fuzzy_links: int = 0

    @property
    def linked(self) -> bool:
        return bool(self.links) if self.focus else bool(self.clusters)

    def to_json(self) -> dict[str, Any]:
        return envelope(
            "related",
            engine=self.engine,
            accounts=self.accounts,
            focus=self.focus,
            candidate=self.candidate,
            summary={
                "clusters": len(self.clusters),
                "linked_accounts": sum(len(c.accounts) for c in self.clusters),
                "largest_cluster": max((len(c.accounts) for c in self.clusters), default=0),
                "links": sum(len(c.links) for c in self.clusters),
                "fuzzy_links": self.fuzzy_links,
                "problems": len(self.problems),
            },
            links=[x.to_json() for x in sorted(self.links, key=lambda x: -x.strength)],
            paths=[p.to_json() for p in self.paths],
            clusters=[c.to_json() for c in self.clusters],
            findings=[f.to_json() for f in self.findings],
            problems=[p.to_json() for p in self.problems],
        )


def _as_account(candidate: Account | Mapping[str, Any]) -> Account:
    if isinstance(candidate, Account):
        return candidate
    record = dict(candidate)
    if not any(k in record for k in ("id", "account_id", "account")):
        record["id"] = CANDIDATE_ID
    accounts, _ = from_records([record])
    if not accounts:
        raise ReinstateError("related_bad_candidate")
    return accounts[0]


def _as_accounts(accounts: list[Account] | list[Mapping[str, Any]]) -> list[Account]:
    if accounts and not isinstance(accounts[0], Account):
        return from_records(accounts)[0]  # type: ignore[arg-type]
    return list(accounts)  # type: ignore[arg-type]


def _blocks(rec: fz.Record) -> set[tuple[str, str]]:
    return {(k, v) for k, v in fz.blocks(rec).items() if v}


def links_for_candidate(
    accounts: list[Account] | list[Mapping[str, Any]],
    candidate: Account | Mapping[str, Any],
    *,
    fuzzy: bool = True,
) -> list[Link]:
    """What would tie a prospective new account to the existing ones (pure Python, no SQL).

    The guardrail against opening a new account calls this; it uses the same normalisation,
    strengths and fuzzy model as the full check.
    """
    accounts = _as_accounts(accounts)
    cand = _as_account(candidate)
    wanted = {(v.namespace, v.key): v for v in cand.values}
    hits: dict[tuple[int, str, str], tuple[Value, Value]] = {}
    for index, account in enumerate(accounts):
        for v in account.values:
            mine = wanted.get((v.namespace, v.key))
            if mine is not None:
                hits.setdefault((index, v.namespace, v.key), (mine, v))
    sharers = Counter((ns, key) for _, ns, key in hits)
    links: dict[int, Link] = {}
    for (index, ns, key), (mine, theirs) in hits.items():
        strength = min(BY_NAME[mine.kind].strength, BY_NAME[theirs.kind].strength)
        link_ = links.setdefault(index, Link(cand.id, accounts[index].id))
        link_.evidence.append(
            Evidence(
                ns,
                mine.kind,
                theirs.kind,
                mine.raw,
                theirs.raw,
                key,
                strength,
                sharers=sharers[(ns, key)] + 1,
            )
        )
    if fuzzy:
        mine_recs = fz.records([cand], offset=-1)
        if mine_recs:
            blocks = set().union(*(_blocks(r) for r in mine_recs))
            others = [r for r in fz.records(accounts) if _blocks(r) & blocks]
            for index, items in fz.python_evidence(mine_recs, others).items():
                link_ = links.setdefault(index, Link(cand.id, accounts[index].id))
                exact_ns = {e.namespace for e in link_.evidence if e.method == "exact"}
                link_.evidence.extend(e for e in items if e.namespace not in exact_ns)
                if not link_.evidence:
                    del links[index]
    return sorted(links.values(), key=lambda x: (-x.strength, x.b))


def _hub_link(hub: Hub, a: Account, b: Account) -> Link:
    strength = BY_NAME[hub.kind].strength
    return Link(
        a.id,
        b.id,
        [
            Evidence(
                hub.namespace,
                hub.kind,
                hub.kind,
                hub.raw,
                hub.raw,
                hub.key,
                strength,
                sharers=len(hub.members),
            )
        ],
    )


def _adjacency(linkage: Linkage, members: set[int]) -> dict[int, list[tuple[int, Link | Hub]]]:
    adj: dict[int, list[tuple[int, Link | Hub]]] = {m: [] for m in members}
    for (a, b), link_ in linkage.links.items():
        if a in members:
            adj[a].append((b, link_))
            adj[b].append((a, link_))
    for hub in linkage.hubs:
        if hub.members and hub.members[0] in members:
            for m in hub.members:
                adj[m].append((-1 - hub.gid, hub))
    return adj


def _paths(linkage: Linkage, start: int) -> list[Path]:
    """The strongest chain (max product of link strengths) from start to each cluster member."""
    label = linkage.labels[start]
    members = {i for i, lab in enumerate(linkage.labels) if lab == label}
    adj = _adjacency(linkage, members)
    hubs = {-1 - h.gid: h for h in linkage.hubs}
    best: dict[int, float] = {start: 0.0}
    prev: dict[int, tuple[int, Link | Hub]] = {}
    heap = [(0.0, start)]
    while heap:
        cost, node = heapq.heappop(heap)
        if cost > best.get(node, math.inf):
            continue
        neighbours = (
            adj.get(node, []) if node >= 0 else [(m, hubs[node]) for m in hubs[node].members]
        )
        for nxt, via in neighbours:
            if isinstance(via, Link):
                step = -math.log(max(via.strength, 1e-9))
            else:
                step = 0.0 if node >= 0 else -math.log(max(BY_NAME[via.kind].strength, 1e-9))
            if cost + step < best.get(nxt, math.inf) - 1e-12:
                best[nxt] = cost + step
                prev[nxt] = (node, via)
                heapq.heappush(heap, (cost + step, nxt))
    out: list[Path] = []
    accounts = linkage.accounts
    for target in sorted(m for m in members if m != start and m in prev):
        chain = [target]
        hops: list[Link] = []
        node = target
        while node != start:
            before, via = prev[node]
            if isinstance(via, Hub):
                hub_from, _ = prev[before]
                hops.append(_hub_link(via, accounts[hub_from], accounts[node]))
                chain.append(hub_from)
                node = hub_from
            else:
                hops.append(
                    via if via.a == accounts[before].id else Link(via.b, via.a, via.evidence)
                )
                chain.append(before)
                node = before
        chain.reverse()
        hops.reverse()
        out.append(Path([accounts[i].id for i in chain], hops))
    out.sort(key=lambda p: (-p.strength, len(p.links), p.accounts[-1]))
    return out


def _cluster(linkage: Linkage, cid: int, members: list[int]) -> Cluster:
    member_set = set(members)
    accounts = linkage.accounts
    links = [x for (a, _b), x in linkage.links.items() if a in member_set]
    links.sort(key=lambda x: (-x.strength, x.a, x.b))
    hubs = [h.to_json([a.id for a in accounts]) for h in linkage.hubs if h.members[0] in member_set]
    return Cluster(
        cid,
        [accounts[m].id for m in sorted(members)],
        links,
        [accounts[m].id for m in sorted(members) if accounts[m].suspended],
        hubs,
    )


def clusters(linkage: Linkage, only: int | None = None) -> list[Cluster]:
    groups: dict[int, list[int]] = {}
    for index, lab in enumerate(linkage.labels):
        groups.setdefault(lab, []).append(index)
    multi = [g for g in groups.values() if len(g) > 1]
    if only is not None:
        multi = [g for g in multi if only in g]
    multi.sort(key=lambda g: (-len(g), g[0]))
    return [_cluster(linkage, n + 1, g) for n, g in enumerate(multi)]


def _rule_for(e: Evidence) -> str:
    if e.method == "fuzzy":
        return "R005"
    if e.namespace in FINANCIAL:
        return "R001"
    if e.namespace in DEVICE:
        return "R003"
    if e.kind_a in ACCESS or e.kind_b in ACCESS:
        return "R004"
    return "R002"


def link_findings(links: list[Link], registry: Registry) -> list[Finding]:
    out: list[Finding] = []
    for link_ in links:
        by_rule: dict[str, list[Evidence]] = {}
        for e in link_.evidence:
            by_rule.setdefault(_rule_for(e), []).append(e)
        for code, items in sorted(by_rule.items()):
            items.sort(key=lambda e: -e.strength)
            values = "; ".join(f"{e.namespace}={e.key}" for e in items[:4])
            best = items[0]
            finding = registry.finding(
                code,
                location=f"{link_.a} <-> {link_.b}",
                a=link_.a,
                b=link_.b,
                attributes=", ".join(sorted({e.namespace for e in items})),
                values=values,
                probability=f"{best.probability:.2f}" if best.probability is not None else "",
                strength=f"{combine_strength(items):.2f}",
            )
            if finding is not None:
                out.append(finding)
    return out


def combine_strength(items: list[Evidence]) -> float:
    from reinstate.related.model import combine

    return combine([e.strength for e in items])


def suspended_findings(
    paths: list[Path], focus: Account, by_id: dict[str, Account], registry: Registry
) -> list[Finding]:
    out: list[Finding] = []
    for path in paths:
        target = by_id.get(path.accounts[-1])
        if target is None or not target.suspended:
            continue
        finding = registry.finding(
            "R006",
            location=" -> ".join(path.accounts),
            a=focus.id,
            b=target.id,
            status=target.status or "",
            hops=len(path.links),
            attributes=", ".join(sorted({e.namespace for x in path.links for e in x.evidence})),
        )
        if finding is not None:
            out.append(finding)
    return out


def check(
    accounts: list[Account] | list[Mapping[str, Any]],
    *,
    account_id: str | None = None,
    candidate: Account | Mapping[str, Any] | None = None,
    engine: str = "duckdb",
    fuzzy: bool = True,
    problems: list[Problem] | None = None,
    registry: Registry | None = None,
) -> RelatedReport:
    """Links for one account (or a prospective new one), or the clusters of the whole file."""
    registry = registry or default_registry()
    problems = list(problems or [])
    accs: list[Account]
    if accounts and not isinstance(accounts[0], Account):
        accs, more = from_records(accounts)  # type: ignore[arg-type]
        problems.extend(more)
    else:
        accs = list(accounts)  # type: ignore[arg-type]
    if account_id is not None and candidate is not None:
        raise ReinstateError("related_usage")
    cand: Account | None = None
    if candidate is not None:
        cand = _as_account(candidate)
        if any(a.id == cand.id for a in accs):
            cand.id = CANDIDATE_ID if cand.id != CANDIDATE_ID else f"{CANDIDATE_ID}*"
        accs = [*accs, cand]
        account_id = cand.id
    if account_id is not None and not any(a.id == account_id for a in accs):
        raise ReinstateError("related_unknown_account", account_id=account_id)
    linkage = link(accs, engine=engine, fuzzy=fuzzy)
    report = RelatedReport(
        len(accs) - (1 if cand else 0),
        linkage.engine,
        problems,
        account_id,
        cand is not None,
        fuzzy_links=linkage.fuzzy_pairs,
    )
    by_id = {a.id: a for a in accs}
    if account_id is None:
        report.clusters = clusters(linkage)
        all_links = [x for c in report.clusters for x in c.links]
        report.findings = link_findings(all_links, registry)
        index = linkage.index()
        for cluster in report.clusters:
            # From each suspended account (usually few), the strongest path to every member.
            best: dict[str, Path] = {}
            for source in cluster.suspended:
                for path in _paths(linkage, index[source]):
                    target = path.accounts[-1]
                    if by_id[target].suspended:
                        continue
                    if target not in best or path.strength > best[target].strength:
                        best[target] = path
            for target in sorted(best):
                path = best[target]
                back = Path(
                    path.accounts[::-1], [Link(x.b, x.a, x.evidence) for x in path.links[::-1]]
                )
                report.findings.extend(suspended_findings([back], by_id[target], by_id, registry))
        return report
    start = linkage.index()[account_id]
    report.clusters = clusters(linkage, only=start)
    direct = {
        x.other(account_id): Link(account_id, x.other(account_id), list(x.evidence))
        for x in linkage.links.values()
        if account_id in (x.a, x.b)
    }
    for hub in linkage.hubs:
        if start in hub.members:
            for m in hub.members:
                if m != start:
                    extra = _hub_link(hub, accs[start], accs[m])
                    direct.setdefault(extra.b, Link(account_id, extra.b)).evidence.extend(
                        extra.evidence
                    )
    report.links = sorted(direct.values(), key=lambda x: (-x.strength, x.b))
    report.paths = _paths(linkage, start)
    report.findings = link_findings(report.links, registry)
    report.findings.extend(suspended_findings(report.paths, by_id[account_id], by_id, registry))
    if cand is not None and report.links:
        finding = registry.finding(
            "R007",
            location=cand.id,
            accounts=", ".join(sorted({x.b for x in report.links})[:10]),
            count=len({x.b for x in report.links}),
            attributes=", ".join(sorted({a for x in report.links for a in x.attributes})),
        )
        if finding is not None:
            report.findings.insert(0, finding)
    return report
