"""Figures: the actor network (colour by type, size by centrality, labels that do not overlap) and a directives timeline."""
from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only; no display needed
import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402

from .network import ego as ego_graph  # noqa: E402
from .network import filter_region, filter_time, project  # noqa: E402

COLORS = {"person": "#1f77b4", "body": "#d62728", "region": "#2ca02c", "directive": "#ff7f0e", "event": "#9467bd"}
NAMES = {"person": "person", "body": "government body", "region": "region", "directive": "directive", "event": "meeting/event"}


def _one_layout(U: nx.Graph, seed: int) -> dict:
    if len(U) <= 2:
        return nx.circular_layout(U)
    return nx.kamada_kawai_layout(U) if len(U) <= 80 else nx.spring_layout(U, seed=seed, k=1.5 / len(U) ** 0.5)


def _layout(G: nx.Graph, seed: int) -> dict:
    """Each connected component laid out on its own and packed in rows, largest first, so stories never pile up."""
    import numpy as np

    U = nx.Graph(G.to_undirected()) if G.is_directed() or G.is_multigraph() else G
    comps = sorted((sorted(c) for c in nx.connected_components(U)), key=lambda c: (-len(c), c[0]))
    if len(comps) <= 1:
        return _one_layout(U, seed)
    cells = []
    for c in comps:
        p = _one_layout(U.subgraph(c), seed)
        keys = list(p)
        arr = np.array([p[k] for k in keys], dtype=float).reshape(len(keys), 2)
        arr -= arr.min(axis=0)
        span = arr.max(axis=0)
        span[span == 0] = 1.0
        size = max(0.5, len(c) ** 0.5)
        cells.append((keys, arr / span * size, size))
    width = max(cells[0][2], 1.3 * sum(s * s for *_, s in cells) ** 0.5)
    pos, x, y, row = {}, 0.0, 0.0, 0.0
    for keys, arr, size in cells:
        if x > 0 and x + size > width:
            x, y, row = 0.0, y - row - 0.8, 0.0
        for k, (a, b) in zip(keys, arr):
            pos[k] = (x + a, y - b)
        x += size + 0.8
        row = max(row, size)
    return pos


def _repel(texts, ax, iterations: int = 80) -> int:
    """Nudge overlapping labels apart vertically; returns how many overlaps remain."""
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    inv = ax.transData.inverted()
    remaining = 0
    for _ in range(iterations):
        boxes = [t.get_window_extent(renderer).expanded(1.05, 1.15) for t in texts]
        moved = remaining = 0
        for i in range(len(texts)):
            for j in range(i + 1, len(texts)):
                if boxes[i].overlaps(boxes[j]):
                    remaining += 1
                    dy = (boxes[i].height + boxes[j].height) / 4
                    for t, sign in ((texts[i], 1 if boxes[i].y0 >= boxes[j].y0 else -1),
                                    (texts[j], -1 if boxes[i].y0 >= boxes[j].y0 else 1)):
                        x, y = ax.transData.transform(t.get_position())
                        t.set_position(inv.transform((x, y + sign * dy)))
                    moved += 1
        if not moved:
            return 0
    return remaining


def draw_network(G: nx.Graph, out: Path, title: str, caption: str = "", max_labels: int = 60, seed: int = 7,
                 size_by: str = "pagerank") -> dict:
    """Write the figure (png/svg/pdf by ending); returns what was drawn: nodes, labels, overlaps left."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    U = nx.Graph(G.to_undirected()) if G.is_directed() or G.is_multigraph() else G.copy()
    U.remove_nodes_from([n for n in list(U) if U.degree(n) == 0 and G.nodes[n].get("type") == "region"])
    score = (nx.pagerank(U) if size_by == "pagerank" and U.number_of_edges() else nx.degree_centrality(U)) if len(U) > 1 \
        else {n: 1.0 for n in U}
    pos = _layout(U, seed)
    fig, ax = plt.subplots(figsize=(13, 9.5), dpi=110)
    nx.draw_networkx_edges(U, pos, ax=ax, alpha=0.25, width=0.8, edge_color="#555555")
    types = [G.nodes[n].get("type", "person") for n in U]
    top = max(score.values()) if score else 1.0
    sizes = [120 + 1400 * (score[n] / top if top else 0) for n in U]
    nx.draw_networkx_nodes(U, pos, ax=ax, node_color=[COLORS.get(t, "#7f7f7f") for t in types], node_size=sizes,
                           alpha=0.9, linewidths=0.6, edgecolors="white")
    ranked = sorted(U, key=lambda n: (-score[n], G.nodes[n].get("label", "")))
    labelled = [n for n in ranked if G.nodes[n].get("type") != "directive"][:max_labels]
    texts = [ax.text(*pos[n], _short(G.nodes[n].get("label", str(n))), fontsize=8.5, ha="center", va="bottom",
                     zorder=5, bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none", alpha=0.75))
             for n in labelled]
    left = _repel(texts, ax) if texts else 0
    counts = Counter(types)
    handles = [Line2D([], [], marker="o", ls="", color=COLORS[t], markersize=9, label=f"{NAMES[t]} ({counts[t]})")
               for t in COLORS if counts[t]]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=True, fontsize=9,
              title="node type\n(size = centrality)")  # outside the plot: it never hides a node
    ax.set_title(title, fontsize=14, loc="left")
    hidden = len(U) - len(labelled)
    note = f" Labels: the {len(labelled)} most central actors" + (f" ({hidden} nodes unlabelled)." if hidden else ".")
    fig.text(0.01, 0.01, (caption + note).strip(), fontsize=9, color="#333333", wrap=True)
    ax.axis("off")
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    fig.savefig(out)
    plt.close(fig)
    return {"nodes": len(U), "labels": len(labelled), "overlaps_left": left}


def _short(label: str, n: int = 32) -> str:
    return label if len(label) <= n else label[: n - 1] + "…"


def draw_timeline(G: nx.MultiDiGraph, out: Path, title: str = "Directives over time", by: str = "issuer") -> dict:
    """Directives per issuing body (rows) over time (x), one marker per directive; returns counts drawn."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    points = []
    for n, d in G.nodes(data=True):
        if d["type"] != "directive" or not d.get("date"):
            continue
        issuers = [G.nodes[u]["label"] for u in G.predecessors(n) if G.nodes[u]["type"] == "body"] or ["(no issuer)"]
        points.append((date.fromisoformat(d["date"]), issuers[0], d.get("text", "")))
    fig, ax = plt.subplots(figsize=(12, max(3.5, 0.5 * len({p[1] for p in points}) + 2)), dpi=110)
    rows = sorted({p[1] for p in points})
    for i, row in enumerate(rows):
        per_day = Counter(p[0] for p in points if p[1] == row)  # same-day directives share one marker, sized by count
        xs = sorted(per_day)
        ax.scatter(xs, [i] * len(xs), s=[60 + 60 * (per_day[x] - 1) for x in xs], color=COLORS["directive"], alpha=0.8,
                   edgecolors="#8a4b00", zorder=3)
        for x in xs:
            if per_day[x] > 1:
                ax.annotate(str(per_day[x]), (x, i), ha="center", va="center", fontsize=8, color="white", zorder=4,
                            fontweight="bold")
    ax.set_yticks(range(len(rows)), [_short(r, 40) for r in rows])
    ax.set_ylim(-0.7, len(rows) - 0.3)
    ax.set_title(title, loc="left", fontsize=13)
    ax.set_xlabel("date of the directive")
    ax.grid(axis="x", alpha=0.3)
    undated = sum(1 for _, d in G.nodes(data=True) if d["type"] == "directive" and not d.get("date"))
    fig.text(0.01, 0.01, f"{len(points)} dated directives from {G.graph.get('articles', '?')} articles "
             "(a number in a marker: directives that body gave that day)"
             + (f"; {undated} undated not shown." if undated else "."), fontsize=9, color="#333333")
    fig.autofmt_xdate()
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    fig.savefig(out)
    plt.close(fig)
    return {"directives": len(points), "rows": len(rows)}


def draw_from_store(store, out: Path, region: str | None = None, ego: str | None = None, depth: int = 2,
                    since: str | None = None, timeline: bool = False, max_labels: int = 60) -> dict:
    """The CLI's figure: filters, then a network (or timeline) with a title and caption saying what is drawn."""
    G = project(store)
    what = []
    if region:
        G = filter_region(G, region)
        what.append(f"region {region}")
    if since:
        G = filter_time(G, since=since)
        what.append(f"since {since}")
    if ego:
        G = ego_graph(G, ego, depth)
        what.append(f"within {depth} steps of {G.nodes[G.graph['ego']]['label']}")
    scope = (" — " + ", ".join(what)) if what else ""
    if timeline:
        return draw_timeline(G, out, title="Directives by issuing body" + scope)
    if len(G) == 0:
        raise ValueError("nothing to draw: the filters left an empty network")
    caption = (f"Actor network from {G.graph.get('articles', 0)} articles: people, government bodies and regions, "
               f"with the directives and meetings that link them. Layout is deterministic.")
    return draw_network(G, out, title="Who holds which post and who instructs whom" + scope, caption=caption,
                        max_labels=max_labels)
