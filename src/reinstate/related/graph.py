"""Draw linked accounts with Graphviz (SVG or PNG).

Graphviz lays out labelled edges without overlaps and writes real text into the SVG (searchable,
CJK drawn by the viewer's fonts); it needs the `graphviz` binaries from the system packages.
"""

from __future__ import annotations

import os
from pathlib import Path

from reinstate.errors import ReinstateError
from reinstate.related.attributes import label
from reinstate.related.check import RelatedReport
from reinstate.related.model import Link

MAX_NODES = 400
FONT = "WenQuanYi Micro Hei,Noto Sans CJK SC,DejaVu Sans"
COLOURS = {"strong": "#b2182b", "medium": "#ef8a62", "weak": "#999999"}


def _edge_label(link: Link) -> str:
    parts: list[str] = []
    for e in sorted(link.evidence, key=lambda e: -e.strength):
        tag = f"~{e.probability:.2f}" if e.method == "fuzzy" and e.probability is not None else ""
        if not any(p.split("~")[0] == e.namespace for p in parts):
            parts.append(f"{e.namespace}{tag}")
    more = len(parts) - 3
    parts = parts[:3]
    return "\\n".join(parts) + (f"\\n+{more}" if more > 0 else "")


def to_dot(report: RelatedReport) -> str:
    """The DOT source of the graph (also what tests check)."""
    import graphviz

    g = graphviz.Graph("related", engine="neato")
    g.attr(overlap="false", splines="true", fontname=FONT, sep="+12")
    g.attr("node", fontname=FONT, shape="box", style="rounded,filled", fillcolor="#f7f7f7")
    g.attr("edge", fontname=FONT, fontsize="10")
    nodes: set[str] = set()
    suspended = {s for c in report.clusters for s in c.suspended}
    links: list[Link] = [x for c in report.clusters for x in c.links]
    if report.focus:
        seen = {(x.a, x.b) for x in links} | {(x.b, x.a) for x in links}
        links += [x for x in report.links if (x.a, x.b) not in seen]
    for cluster in report.clusters:
        for account in cluster.accounts:
            if len(nodes) >= MAX_NODES:
                break
            nodes.add(account)
    # Weak links leaving a cluster are drawn too (dotted): the seller sees what else is shared.
    outside = [x for c in report.clusters for x in c.also_shares]
    for x in outside:
        if len(nodes) < MAX_NODES:
            nodes.update((x.a, x.b))
    links += outside
    if report.focus:
        nodes.add(report.focus)
        nodes.update(x.b for x in report.links)
    for node in sorted(nodes):
        attrs: dict[str, str] = {}
        if node in suspended:
            attrs.update(fillcolor="#fddbc7", color="#b2182b")
        if node == report.focus:
            attrs.update(penwidth="2.5", shape="doubleoctagon" if report.candidate else "box")
        g.node(node, node, **attrs)
    for link in links:
        if link.a not in nodes or link.b not in nodes:
            continue
        strength = label(link.strength)
        fuzzy = all(e.method == "fuzzy" for e in link.evidence)
        g.edge(
            link.a,
            link.b,
            label=_edge_label(link),
            color=COLOURS[strength],
            penwidth=str(1 + 3 * link.strength),
            style="dotted" if not link.joins() else "dashed" if fuzzy else "solid",
        )
    for cluster in report.clusters:
        for n, hub in enumerate(cluster.hubs):
            hub_id = f"hub:{cluster.id}:{n}"
            g.node(
                hub_id,
                f"{hub['attribute']}\\n{hub['value']}\\n({hub['shared_by']})",
                shape="diamond",
                fillcolor="#e0e0e0",
            )
            for account in hub["accounts"]:
                if account in nodes:
                    g.edge(hub_id, account, color=COLOURS[label(hub["strength"])])
    return str(g.source)


def draw(report: RelatedReport, path: str | os.PathLike[str]) -> Path:
    """Write the graph as SVG or PNG, by the file's suffix."""
    out = Path(path)
    fmt = out.suffix.casefold().lstrip(".")
    if fmt not in ("svg", "png"):
        raise ReinstateError("related_graph_format", path=str(out))
    import graphviz

    source = graphviz.Source(to_dot(report), engine="neato")
    try:
        data = source.pipe(format=fmt)
    except graphviz.ExecutableNotFound:
        raise ReinstateError("related_no_graphviz") from None
    try:
        out.write_bytes(data)
    except OSError as exc:
        raise ReinstateError("related_graph_write", exc=exc, path=str(out)) from None
    return out
