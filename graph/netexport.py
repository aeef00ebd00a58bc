"""Actor networks for other tools: GraphML and GEXF (Gephi opens both) and CSV edge lists."""
from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx

from .network import coactor_graph, project


def _clean(G: nx.Graph) -> nx.Graph:
    """GraphML/GEXF take only str/int/float/bool attributes: None becomes "", anything else str."""
    H = G.copy()
    for _, d in H.nodes(data=True):
        for k, v in list(d.items()):
            d[k] = "" if v is None else v if isinstance(v, (str, int, float, bool)) else str(v)
    for *_, d in H.edges(data=True):
        for k, v in list(d.items()):
            d[k] = "" if v is None else v if isinstance(v, (str, int, float, bool)) else str(v)
    for k, v in list(H.graph.items()):
        H.graph[k] = "" if v is None else v if isinstance(v, (str, int, float, bool)) else str(v)
    return H


def write_network(G: nx.Graph, out: Path) -> Path:
    """Write by the file ending: .graphml, .gexf or .csv (edge list with every edge attribute)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    suffix = out.suffix.lower()
    H = _clean(G)
    if suffix == ".graphml":
        nx.write_graphml(H, out)
    elif suffix == ".gexf":
        nx.write_gexf(H, out)
    elif suffix == ".csv":
        keys = sorted({k for *_, d in H.edges(data=True) for k in d})
        with out.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["source", "source_label", "target", "target_label", *keys])
            for u, v, d in H.edges(data=True):
                w.writerow([u, H.nodes[u].get("label", ""), v, H.nodes[v].get("label", ""), *(d.get(k, "") for k in keys)])
    else:
        raise ValueError(f"unknown network format {suffix!r}: use .graphml, .gexf or .csv")
    return out


def export_network(store, out: Path, coactors: bool = False) -> Path:
    G = project(store)
    return write_network(coactor_graph(G) if coactors else G, out)
