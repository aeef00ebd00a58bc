"""Actor networks from a real store: projection, filters, metrics, communities, exports and figures."""
from __future__ import annotations

import struct

import networkx as nx
import pytest

from graph_fixtures import BUILT, sample_facts
from simpul.graph.analysis import central_actors, communities, metrics, stats_table
from simpul.graph.draw import draw_network, draw_timeline
from simpul.graph.netexport import write_network
from simpul.graph.network import coactor_graph, ego, filter_region, filter_status, filter_time, project
from simpul.graph.rdf import facts_to_graph
from simpul.graph.store import open_store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("net") / "s"
    from dataclasses import replace

    facts = [sample_facts("a1", "Ahmad Wiryawan"), sample_facts("a2", "Budi Santoso")]
    f3 = sample_facts("a3", "Citra Dewi")  # a different regency: Kabupaten Bengkalis (14.03)
    f3.holds[:] = [replace(h, org="Kabupaten Bengkalis", region_code="14.03") for h in f3.holds]
    f3.directives[:] = [replace(d, issuer="Kabupaten Bengkalis", issuer_code="14.03") for d in f3.directives]
    f3.places.clear()
    f3.places["Kabupaten Bengkalis"] = "14.03"
    facts.append(f3)
    with open_store(path) as kg:
        for f in facts:
            kg.replace_article(f.article.id, facts_to_graph(f, "test", BUILT))
    with open_store(path, read_only=True) as kg:
        yield kg


def test_projection_types_and_edges(store):
    G = project(store)
    types = {d["type"] for _, d in G.nodes(data=True)}
    assert types == {"person", "body", "region", "directive", "event"}
    kinds = {d["type"] for *_, d in G.edges(data=True)}
    assert kinds == {"holds", "issued", "spoke", "attended", "located-in"}
    assert G.graph["articles"] == 3
    holds = [d for *_, d in G.edges(data=True) if d["type"] == "holds"]
    assert all(d["article"] in {"a1", "a2", "a3"} and d["date"] == "2024-10-14" for d in holds)


def test_filters(store):
    G = project(store)
    jember = filter_region(G, "35.09")
    labels = {d["label"] for _, d in jember.nodes(data=True)}
    assert "Ahmad Wiryawan" in labels and "Citra Dewi" not in labels
    assert {d["label"] for _, d in filter_region(G, "35").nodes(data=True)} >= {"Budi Santoso"}  # sub-regions count
    assert len(filter_region(G, "11")) == 0
    acting = {d["label"] for _, d in filter_status(G, {"Pj"}).nodes(data=True) if d["type"] == "person"}
    assert acting == {"Ahmad Wiryawan", "Budi Santoso", "Citra Dewi"}
    assert len(filter_time(G, since="2025-01-01")) == 0
    assert len(filter_time(G, since="2024-10-01", until="2024-10-31")) > 0
    e = ego(G, "Citra Dewi", depth=1)
    assert "Ahmad Wiryawan" not in {d["label"] for _, d in e.nodes(data=True)}


def test_metrics_and_seeded_communities(store):
    H = coactor_graph(project(store))
    m = metrics(H)
    assert set(m) == {"degree", "betweenness", "pagerank"} and abs(sum(m["pagerank"].values()) - 1) < 1e-6
    assert communities(H, seed=3) == communities(H, seed=3)
    top = central_actors(project(store), top=3)
    assert len(top) == 3 and top[0].pagerank >= top[1].pagerank >= top[2].pagerank
    table = stats_table(store, top=5)
    assert "from 3 articles" in table and table.count("\n") >= 6


@pytest.mark.parametrize("suffix,reader", [(".graphml", nx.read_graphml), (".gexf", nx.read_gexf)])
def test_network_files_open_again(store, tmp_path, suffix, reader):
    G = project(store)
    back = reader(write_network(G, tmp_path / f"n{suffix}"))
    assert back.number_of_nodes() == G.number_of_nodes() and back.number_of_edges() == G.number_of_edges()


def test_csv_edge_list(store, tmp_path):
    G = project(store)
    lines = write_network(G, tmp_path / "e.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("source,source_label,target,target_label") and len(lines) == G.number_of_edges() + 1


def _png_size(path):
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def test_network_figure_caps_labels(store, tmp_path):
    G = project(store)
    info = draw_network(G, tmp_path / "n.png", "t", max_labels=3)
    assert info["labels"] == 3 and info["nodes"] >= 10
    assert _png_size(tmp_path / "n.png")[0] > 1000
    info = draw_network(G, tmp_path / "n.svg", "t", max_labels=60)
    assert info["labels"] == len([n for n, d in G.nodes(data=True) if d["type"] != "directive"
                                  and not (d["type"] == "region" and G.degree(n) == 0)])
    assert (tmp_path / "n.svg").read_text().lstrip().startswith("<?xml")


def test_timeline_counts_dated_directives(store, tmp_path):
    info = draw_timeline(project(store), tmp_path / "t.png")
    assert info == {"directives": 3, "rows": 2}
