"""Centrality and communities of the actor network, and the `simpul stats` table."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx

from .network import coactor_graph, project


@dataclass
class Actor:
    node: str
    label: str
    type: str
    degree: float
    betweenness: float
    pagerank: float
    community: int
    posts: list[str]
    directives: int
    articles: int


def communities(H: nx.Graph, seed: int = 7) -> dict[str, int]:
    """Louvain communities (seeded, so the same graph gives the same partition), numbered largest first."""
    if H.number_of_edges() == 0:
        return {n: i for i, n in enumerate(sorted(H))}
    parts = nx.community.louvain_communities(H, weight="weight", seed=seed)
    parts = sorted(parts, key=lambda c: (-len(c), min(c)))
    return {n: i for i, c in enumerate(parts) for n in c}


def metrics(H: nx.Graph, seed: int = 7, betweenness_k: int | None = None) -> dict[str, dict[str, float]]:
    """degree centrality, betweenness (sampled with ``betweenness_k`` pivots on large graphs) and PageRank."""
    deg = nx.degree_centrality(H) if len(H) > 1 else {n: 0.0 for n in H}
    k = betweenness_k if betweenness_k and betweenness_k < len(H) else None
    btw = nx.betweenness_centrality(H, k=k, seed=seed, weight=None)
    pr = nx.pagerank(H, weight="weight") if H.number_of_edges() else {n: 1 / max(1, len(H)) for n in H}
    return {"degree": deg, "betweenness": btw, "pagerank": pr}


def central_actors(G: nx.MultiDiGraph, top: int = 15, seed: int = 7) -> list[Actor]:
    """The ``top`` actors by PageRank of the co-actor projection, with their posts and counts."""
    H = coactor_graph(G)
    m = metrics(H, seed)
    comm = communities(H, seed)
    out = []
    for n in sorted(H, key=lambda n: (-m["pagerank"][n], H.nodes[n]["label"]))[:top]:
        posts = sorted({" ".join(filter(None, (d.get("qualifier"), d["role"], G.nodes[v].get("name") or G.nodes[v]["label"])))
                        for _, v, d in G.out_edges(n, data=True) if d["type"] == "holds"})
        said = sum(1 for _, _, d in G.out_edges(n, data=True) if d["type"] in ("spoke", "issued"))
        arts = {d["article"] for _, _, d in G.edges(n, data=True) if d.get("article")} | \
               {d["article"] for _, _, d in G.in_edges(n, data=True) if d.get("article")}
        out.append(Actor(n, H.nodes[n]["label"], H.nodes[n]["type"], m["degree"][n], m["betweenness"][n],
                         m["pagerank"][n], comm[n], posts, said, len(arts)))
    return out


def actors_table(actors: list[Actor]) -> str:
    head = f"{'#':>3}  {'actor':<28} {'type':<7} {'pagerank':>8} {'betw.':>6} {'deg.':>5} {'comm':>4} {'dir.':>4} {'art.':>4}  posts"
    rows = [head, "-" * len(head)]
    for i, a in enumerate(actors, 1):
        rows.append(f"{i:>3}  {a.label[:28]:<28} {a.type:<7} {a.pagerank:8.4f} {a.betweenness:6.3f} {a.degree:5.2f} "
                    f"{a.community:>4} {a.directives:>4} {a.articles:>4}  {'; '.join(a.posts)[:70]}")
    return "\n".join(rows)


def stats_table(store, top: int = 15) -> str:
    G = project(store)
    types = Counter(d["type"] for _, d in G.nodes(data=True))
    plural = {"person": "persons", "body": "bodies", "region": "regions", "directive": "directives", "event": "events"}
    summary = ", ".join(f"{types[t]} {plural[t]}" for t in plural if types[t])
    return f"{summary} from {G.graph['articles']} articles\n\n" + actors_table(central_actors(G, top))
