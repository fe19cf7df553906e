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
from reinstate.related import jsonout, progress
from reinstate.related.attributes import JOIN
from reinstate.related.crowd import ADDRESS_CROWD, crowded
from reinstate.related.linkage import Hub, Linkage, link, prune, value_strength
from reinstate.related.load import from_records
from reinstate.related.model import Account, Cluster, Evidence, Link, Path, Problem, Value
from reinstate.rules import Finding, Registry, default_registry
from reinstate.rules.binding import implements

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
    join: float = JOIN
    crowd: int = ADDRESS_CROWD
    inferred: list[Account] = field(default_factory=list)
    weak_links: int = 0

    @property
    def linked(self) -> bool:
        return bool(self.links) if self.focus else bool(self.clusters)

    def summary(self) -> dict[str, int]:
        """The counts at the head of the report (its JSON `summary`)."""
        return {
            "clusters": len(self.clusters),
            "linked_accounts": sum(len(c.accounts) for c in self.clusters),
            "largest_cluster": max((len(c.accounts) for c in self.clusters), default=0),
            "links": sum(len(c.links) for c in self.clusters),
            "fuzzy_links": self.fuzzy_links,
            "weak_links_between_clusters": self.weak_links,
            "inferred_countries": len(self.inferred),
            "problems": len(self.problems),
        }

    def to_json(self, *, lazy: bool = False) -> dict[str, Any]:
        """The report's JSON value; with `lazy`, its long lists are iterators (jsonout streams
        them item by item)."""

        def items(xs: Any) -> Any:
            return xs if lazy else list(xs)

        return envelope(
            "related",
            engine=self.engine,
            accounts=self.accounts,
            focus=self.focus,
            candidate=self.candidate,
            summary=self.summary(),
            join_threshold=self.join,
            address_crowd=self.crowd,
            inferred_countries=items(
                {
                    "account": a.id,
                    "line": a.line,
                    "country": a.inferred_country,
                    "from": a.inferred_from,
                }
                for a in self.inferred
            ),
            links=items(x.to_json() for x in sorted(self.links, key=lambda x: -x.strength)),
            paths=items(p.to_json() for p in self.paths),
            clusters=items(c.to_json() for c in self.clusters),
            findings=(jsonout.finding(f) for f in self.findings)
            if lazy
            else [f.to_json() for f in self.findings],
            problems=items(p.to_json() for p in self.problems),
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
    crowd: int = ADDRESS_CROWD,
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
        n = sharers[(ns, key)] + 1
        strength = min(
            value_strength(mine.kind, key, n, crowd), value_strength(theirs.kind, key, n, crowd)
        )
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
                sharers=n,
                crowded=crowded(mine.kind, key, n, crowd),
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
    for link_ in links.values():
        prune(link_)
    return sorted(links.values(), key=lambda x: (-x.strength, x.b))


def _hub_link(hub: Hub, a: Account, b: Account) -> Link:
    strength = hub.strength
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
                crowded=crowded(hub.kind, hub.key, len(hub.members), hub.crowd),
            )
        ],
    )


ALSO_SHARES = 5


@dataclass
class _Index:
    """Clusters, their links and hubs, grouped in one pass over the linkage (not per cluster)."""

    groups: dict[int, list[int]]
    inner: dict[int, list[tuple[int, int]]]
    outer: dict[int, list[tuple[int, int]]]
    hubs: dict[int, list[tuple[Hub, list[int]]]]
    weak: int

    @classmethod
    def build(cls, linkage: Linkage) -> _Index:
        labels = linkage.labels
        groups: dict[int, list[int]] = {}
        for index, lab in enumerate(labels):
            groups.setdefault(lab, []).append(index)
        inner: dict[int, list[tuple[int, int]]] = {}
        outer: dict[int, list[tuple[int, int]]] = {}
        weak = 0
        for pair in linkage.links:
            la, lb = labels[pair[0]], labels[pair[1]]
            if la == lb:
                inner.setdefault(la, []).append(pair)
                continue
            weak += 1
            for lab in (la, lb):
                if len(groups[lab]) > 1:
                    outer.setdefault(lab, []).append(pair)
        hubs: dict[int, list[tuple[Hub, list[int]]]] = {}
        for hub in linkage.hubs:
            by_label: dict[int, list[int]] = {}
            for m in hub.members:
                by_label.setdefault(labels[m], []).append(m)
            for lab, inside in by_label.items():
                if len(inside) > 1:
                    hubs.setdefault(lab, []).append((hub, inside))
        return cls(groups, inner, outer, hubs, weak)


def _adjacency(
    linkage: Linkage, index: _Index, label: int
) -> dict[int, list[tuple[int, Link | Hub]]]:
    adj: dict[int, list[tuple[int, Link | Hub]]] = {m: [] for m in index.groups[label]}
    for a, b in index.inner.get(label, []):
        link_ = linkage.links[(a, b)]
        adj[a].append((b, link_))
        adj[b].append((a, link_))
    for hub, inside in index.hubs.get(label, []):
        for m in inside:
            adj[m].append((-1 - hub.gid, hub))
    return adj


def _paths(linkage: Linkage, start: int, index: _Index | None = None) -> list[Path]:
    """The strongest chain (max product of link strengths) from start to each cluster member."""
    index = index or _Index.build(linkage)
    label = linkage.labels[start]
    members = set(index.groups[label])
    adj = _adjacency(linkage, index, label)
    hubs = {-1 - h.gid: inside for h, inside in index.hubs.get(label, [])}
    hub_of = {-1 - h.gid: h for h, _ in index.hubs.get(label, [])}
    best: dict[int, float] = {start: 0.0}
    prev: dict[int, tuple[int, Link | Hub]] = {}
    heap = [(0.0, start)]
    while heap:
        cost, node = heapq.heappop(heap)
        if cost > best.get(node, math.inf):
            continue
        neighbours = adj.get(node, []) if node >= 0 else [(m, hub_of[node]) for m in hubs[node]]
        for nxt, via in neighbours:
            if isinstance(via, Link):
                step = -math.log(max(via.strength, 1e-9))
            else:
                step = 0.0 if node >= 0 else -math.log(max(via.strength, 1e-9))
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


def _cluster(linkage: Linkage, index: _Index, cid: int, label: int) -> Cluster:
    members = sorted(index.groups[label])
    accounts = linkage.accounts
    links = [linkage.links[p] for p in index.inner.get(label, [])]
    links.sort(key=lambda x: (-x.strength, x.a, x.b))
    outer = [linkage.links[p] for p in index.outer.get(label, [])]
    outer.sort(key=lambda x: (-x.strength, x.a, x.b))
    hubs = [h.to_json(accounts, inside) for h, inside in index.hubs.get(label, [])]
    return Cluster(
        cid,
        [accounts[m].id for m in members],
        links,
        [accounts[m].id for m in members if accounts[m].suspended],
        hubs,
        outer[:ALSO_SHARES],
    )


def clusters(
    linkage: Linkage, only: int | None = None, index: _Index | None = None
) -> list[Cluster]:
    index = index or _Index.build(linkage)
    multi = [lab for lab, g in index.groups.items() if len(g) > 1]
    if only is not None:
        multi = [lab for lab in multi if lab == linkage.labels[only]]
    multi.sort(key=lambda lab: (-len(index.groups[lab]), index.groups[lab][0]))
    return [_cluster(linkage, index, n + 1, lab) for n, lab in enumerate(multi)]


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


@implements("R001", "R002", "R003", "R004", "R005")
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


@implements("R006")
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


@implements("R007")
def check(
    accounts: list[Account] | list[Mapping[str, Any]],
    *,
    account_id: str | None = None,
    candidate: Account | Mapping[str, Any] | None = None,
    engine: str = "duckdb",
    fuzzy: bool = True,
    problems: list[Problem] | None = None,
    registry: Registry | None = None,
    join: float = JOIN,
    crowd: int = ADDRESS_CROWD,
    drop_values: bool = False,
) -> RelatedReport:
    """Links for one account (or a prospective new one), or the clusters of the whole file.

    `join` is the strength from which a link makes two accounts one operator (one cluster);
    weaker links are still reported, as evidence the seller sees. A full address shared by
    `crowd` accounts or more (a virtual office's) joins only with other evidence. With
    `drop_values` the accounts' values are emptied once linked (`linkage.link`): for a caller
    that has no further use for them, as the command.
    """
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
    linkage = link(
        accs, engine=engine, fuzzy=fuzzy, join=join, crowd=crowd, drop_values=drop_values
    )
    report = RelatedReport(
        len(accs) - (1 if cand else 0),
        linkage.engine,
        problems,
        account_id,
        cand is not None,
        fuzzy_links=linkage.fuzzy_pairs,
        join=join,
        crowd=crowd,
        inferred=[a for a in accs if a.inferred_country],
    )
    progress.step("findings")
    by_id = {a.id: a for a in accs}
    index = _Index.build(linkage)
    report.weak_links = index.weak
    if account_id is None:
        report.clusters = clusters(linkage, index=index)
        all_links = [x for c in report.clusters for x in c.links]
        report.findings = link_findings(all_links, registry)
        positions = linkage.index()
        for cluster in report.clusters:
            # From each suspended account (usually few), the strongest path to every member.
            best: dict[str, Path] = {}
            for source in cluster.suspended:
                for path in _paths(linkage, positions[source], index):
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
    report.clusters = clusters(linkage, only=start, index=index)
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
    for link_ in direct.values():
        # hubs add their evidence here: an address's building and street say nothing more
        prune(link_)
    report.links = sorted(direct.values(), key=lambda x: (-x.strength, x.b))
    report.paths = _paths(linkage, start, index)
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
