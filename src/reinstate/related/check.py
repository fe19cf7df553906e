"""The related-accounts check: links, paths and clusters, with findings from the R rules.

reinstate explains links so that they can be disclosed and documented truthfully in an appeal;
it never suggests how to hide them.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from typing import Any

from reinstate.contract import envelope
from reinstate.errors import ReinstateError
from reinstate.related import fuzzy as fz
from reinstate.related import jsonout, progress
from reinstate.related.attributes import JOIN
from reinstate.related.crowd import ADDRESS_CROWD, crowded, shared_lines
from reinstate.related.findings import Findings
from reinstate.related.linkage import Hub, Linkage, link, prune, value_strength
from reinstate.related.load import from_records
from reinstate.related.model import (
    Account,
    Cluster,
    Evidence,
    Link,
    Path,
    Problem,
    Value,
    status_suspended,
)
from reinstate.rules import Finding, Registry, default_registry
from reinstate.rules.binding import implements

CANDIDATE_ID = "(new account)"
# Links (and clusters) in a report from which its JSON is made on both cores (`_texts`): a fork
# of a large process costs more than it saves on fewer.
FORK_FROM = 50_000
# The share of the clusters' text this process makes itself: the rest is the child's, while this
# process makes the findings' (about as much work as all the clusters') into a temporary file
# (`jsonout.Spooled`). One child, not two: each copies every page of the report whose objects it
# reads (a reference count changes), ~1.3 GB for all at 1M accounts.
FORK_SHARE = 0.25


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
    # the command writes their JSON from here without making a million Finding objects
    found: Findings = field(default_factory=Findings)
    fuzzy_links: int = 0
    join: float = JOIN
    crowd: int = ADDRESS_CROWD
    inferred: list[Account] = field(default_factory=list)
    weak_links: int = 0

    @cached_property
    def findings(self) -> list[Finding]:
        """Every finding, as objects."""
        return list(self.found)

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

        links = sorted(self.links, key=lambda x: -x.strength)
        clusters, findings = (
            self._texts()
            if lazy
            else ([c.to_json() for c in self.clusters], [f.to_json() for f in self.found])
        )

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
            links=jsonout.Texts(map(jsonout.link_text, links))
            if lazy
            else [x.to_json() for x in links],
            paths=items(p.to_json() for p in self.paths),
            clusters=clusters,
            findings=findings,
            problems=items(p.to_json() for p in self.problems),
        )

    def _texts(self) -> tuple[Any, Any]:
        """The clusters' and the findings' JSON texts, for `jsonout.write`. For a large report
        the clusters past the first FORK_SHARE of them (by links: the first are the largest) are
        made by a forked child, beside this process's first ones and then the findings."""
        clusters, found = self.clusters, jsonout.Spooled(self.found.texts())
        sizes = list(accumulate(len(c.links) + len(c.also_shares) + 1 for c in clusters))
        if not sizes or sizes[-1] < FORK_FROM:
            return jsonout.Texts(map(jsonout.cluster_text, clusters)), found
        mine = bisect_left(sizes, sizes[-1] * FORK_SHARE)
        return (
            jsonout.Parts(
                [
                    jsonout.Texts(map(jsonout.cluster_text, clusters[:mine])),
                    jsonout.Forked(map(jsonout.cluster_text, clusters[mine:])),
                ]
            ),
            found,
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
    shared_lines(links)  # a switchboard's other extension, an office's reception line
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


Pair = tuple[tuple[int, int], Link]


@dataclass
class _Index:
    """Clusters, their links and hubs, grouped in one pass over the linkage (not per cluster)."""

    # the members of each label with more than one (an account alone is in none)
    groups: dict[int, list[int]]
    inner: dict[int, list[Pair]]
    outer: dict[int, list[Pair]]
    hubs: dict[int, list[tuple[Hub, list[int]]]]
    weak: int

    def group(self, label: int, member: int) -> list[int]:
        """The members of `label`, whose `member` is one."""
        return self.groups.get(label) or [member]

    @classmethod
    def build(cls, linkage: Linkage) -> _Index:
        import numpy as np

        labels = linkage.labels
        # grouped by a stable sort in numpy: a Python dictionary of a million lists took seconds
        order = np.argsort(np.asarray(labels, dtype=np.int64), kind="stable")
        ordered = np.asarray(labels, dtype=np.int64)[order]
        starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
        ends = np.r_[starts[1:], len(ordered)]
        many = np.flatnonzero(ends - starts > 1)
        members = order.tolist()
        groups = {
            lab: members[start:end]
            for lab, start, end in zip(
                ordered[starts[many]].tolist(),
                starts[many].tolist(),
                ends[many].tolist(),
                strict=True,
            )
        }
        inner: dict[int, list[Pair]] = {}
        outer: dict[int, list[Pair]] = {}
        weak = 0
        for item in linkage.links.items():
            a, b = item[0]
            la, lb = labels[a], labels[b]
            if la == lb:
                inner.setdefault(la, []).append(item)
                continue
            weak += 1
            for lab in (la, lb):
                if lab in groups:
                    outer.setdefault(lab, []).append(item)
        hubs: dict[int, list[tuple[Hub, list[int]]]] = {}
        for hub in linkage.hubs:
            by_label: dict[int, list[int]] = {}
            for m in hub.members:
                by_label.setdefault(labels[m], []).append(m)
            for lab, inside in by_label.items():
                if len(inside) > 1:
                    hubs.setdefault(lab, []).append((hub, inside))
        return cls(groups, inner, outer, hubs, weak)


def _adjacency(index: _Index, label: int, start: int) -> dict[int, list[tuple[int, Link | Hub]]]:
    adj: dict[int, list[tuple[int, Link | Hub]]] = {m: [] for m in index.group(label, start)}
    for (a, b), link_ in index.inner.get(label, []):
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
    members = set(index.group(label, start))
    adj = _adjacency(index, label, start)
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


def _strongest_first(item: Pair) -> tuple[float, str, str]:
    link_ = item[1]
    return (-link_.strength, link_.a, link_.b)


def _cluster(linkage: Linkage, index: _Index, cid: int, label: int) -> Cluster:
    members = index.groups[label]
    accounts = linkage.accounts
    # sorted copies: the paths walk the links in the linkage's order (which breaks their ties)
    inner = index.inner.get(label, [])
    if len(inner) > 1:
        inner = sorted(inner, key=_strongest_first)
    outer = index.outer.get(label, [])
    if len(outer) > 1:
        outer = sorted(outer, key=_strongest_first)
    hubs = [h.to_json(accounts, inside) for h, inside in index.hubs.get(label, [])]
    return Cluster(
        cid,
        [accounts[m].id for m in members],
        [link_ for _, link_ in inner],
        [accounts[m].id for m in members if status_suspended(accounts[m].status)],
        hubs,
        [link_ for _, link_ in outer[:ALSO_SHARES]],
    )


def clusters(
    linkage: Linkage, only: int | None = None, index: _Index | None = None
) -> list[Cluster]:
    index = index or _Index.build(linkage)
    return [
        _cluster(linkage, index, n + 1, lab) for n, lab in enumerate(_order(linkage, index, only))
    ]


def _order(linkage: Linkage, index: _Index, only: int | None = None) -> list[int]:
    """The labels of the clusters, largest first (of `only`'s alone when given)."""
    multi = list(index.groups)
    if only is not None:
        multi = [lab for lab in multi if lab == linkage.labels[only]]
    multi.sort(key=lambda lab: (-len(index.groups[lab]), index.groups[lab][0]))
    return multi


@implements("R001", "R002", "R003", "R004", "R005")
def link_findings(links: list[Link], registry: Registry) -> list[Finding]:
    """One finding per link and rule its evidence falls under (findings.rule_for)."""
    return list(Findings(links, registry))


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
    index = _Index.build(linkage)
    report.weak_links = index.weak
    if account_id is None:
        order = _order(linkage, index)
        report.clusters = [_cluster(linkage, index, n + 1, lab) for n, lab in enumerate(order)]
        all_links = [x for c in report.clusters for x in c.links]
        after: list[Finding] = []
        for cluster, label in zip(report.clusters, order, strict=True):
            if not cluster.suspended:
                continue
            # From each suspended account (usually few), the strongest path to every member.
            members = index.groups[label]
            by_id = {accs[m].id: accs[m] for m in members}
            positions = {accs[m].id: m for m in members}
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
                after.extend(suspended_findings([back], by_id[target], by_id, registry))
        report.found = Findings(all_links, registry, after=after)
        return report
    by_id = {a.id: a for a in accs}
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
    before: list[Finding] = []
    if cand is not None and report.links:
        finding = registry.finding(
            "R007",
            location=cand.id,
            accounts=", ".join(sorted({x.b for x in report.links})[:10]),
            count=len({x.b for x in report.links}),
            attributes=", ".join(sorted({a for x in report.links for a in x.attributes})),
        )
        if finding is not None:
            before.append(finding)
    report.found = Findings(
        report.links,
        registry,
        before=before,
        after=suspended_findings(report.paths, by_id[account_id], by_id, registry),
    )
    return report
