"""The knowledge graph: mapping, Oxigraph store on disk, replacement, locking, crash safety, queries, exports, SHACL."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS

from graph_fixtures import BUILT, sample_facts  # noqa: E402
from simpul.graph import iris
from simpul.graph.export import export_store, read_back
from simpul.graph.queries import list_queries, load_query
from simpul.graph.rdf import facts_to_graph
from simpul.graph.store import StoreInUseError, open_store
from simpul.graph.validate import validate, validate_graph

sys.path.insert(0, str(Path(__file__).parent))


def build(store_dir: Path, *facts) -> None:
    with open_store(store_dir) as kg:
        for f in facts:
            kg.replace_article(f.article.id, facts_to_graph(f, "test", BUILT))


def test_holds_and_directives_contract_queries(tmp_path):
    build(tmp_path / "s", sample_facts())
    with open_store(tmp_path / "s", read_only=True) as kg:
        holds = kg.query(load_query("holds"))
        dirs = kg.query(load_query("directives"))
    assert {tuple(r) for r in [list(holds[0])]} == {("article", "person", "role", "org", "qualifier", "date", "evidence")}
    rows = {(r["person"], r["role"], r["org"], r["qualifier"]) for r in holds}
    assert rows == {("Ahmad Wiryawan", "Bupati", "Kabupaten Jember", "Pj"),
                    ("Rina Kusuma", "Sekretaris Daerah", "Kabupaten Jember", "")}
    assert all(r["article"] == "contoh-1" and r["date"] == "2024-10-14" for r in holds)
    assert list(dirs[0]) == ["article", "issuer", "speaker", "text", "date", "evidence"]
    assert (dirs[0]["issuer"], dirs[0]["speaker"], dirs[0]["text"]) == ("Kabupaten Jember", "Ahmad Wiryawan", "seluruh ASN netral")


def test_every_ready_made_query_runs_and_filters(tmp_path):
    build(tmp_path / "s", sample_facts(), sample_facts("contoh-2", "Budi Santoso"))
    with open_store(tmp_path / "s", read_only=True) as kg:
        for name in list_queries():
            assert isinstance(kg.query(load_query(name)), list), name
        assert {r["person"] for r in kg.query(load_query("officials-of-region", {"region": "35"}))} >= {"Rina Kusuma"}
        assert kg.query(load_query("officials-of-region", {"region": "11.01"})) == []
        acting = kg.query(load_query("acting-officials"))
        assert {r["person"] for r in acting} == {"Ahmad Wiryawan", "Budi Santoso"}
        assert kg.query(load_query("directives-by-topic", {"topic": "netralitas"}))
        assert kg.query(load_query("directives-by-topic", {"topic": "bansos"})) == []
        prov = kg.query(load_query("provenance", {"person": "wiryawan"}))
        assert {r["kind"] for r in prov} == {"holds", "directive", "quote"}
        assert all(r["version"] == "test" and r["article"] == "contoh-1" for r in prov)
        met = kg.query(load_query("who-met-whom"))
        assert {(r["a"], r["b"]) for r in met} >= {("Ahmad Wiryawan", "Rina Kusuma")}


def test_parameters_are_escaped(tmp_path):
    q = load_query("provenance", {"person": 'x" } ; DROP ALL ; #'})
    assert 'x\\" } ; DROP ALL ; #' in q
    build(tmp_path / "s", sample_facts())
    with open_store(tmp_path / "s", read_only=True) as kg:
        assert kg.query(q) == []
        assert len(kg) > 0


def test_reingest_replaces_the_article_graph(tmp_path):
    build(tmp_path / "s", sample_facts())
    with open_store(tmp_path / "s") as kg:
        n = len(kg)
        kg.replace_article("contoh-1", facts_to_graph(sample_facts(), "test", BUILT))
        assert len(kg) == n  # a second identical build adds 0 triples
        kg.replace_article("contoh-1", facts_to_graph(sample_facts(person="Budi Santoso"), "test", BUILT))
        people = {r["person"] for r in kg.query(load_query("holds"))}
    assert "Ahmad Wiryawan" not in people and "Budi Santoso" in people


def test_second_writer_gets_store_in_use(tmp_path):
    with open_store(tmp_path / "s"):
        with pytest.raises(StoreInUseError, match="in use"):
            with open_store(tmp_path / "s"):
                pass
    with open_store(tmp_path / "s"):  # released after close
        pass


def test_store_reopens_with_its_data(tmp_path):
    build(tmp_path / "s", sample_facts())
    with open_store(tmp_path / "s", read_only=True) as kg:
        assert kg.articles() == ["contoh-1"]
        g = kg.graph_of("contoh-1")
        assert (iris.person("Ahmad Wiryawan"), RDFS.label, Literal("Ahmad Wiryawan")) in g


def test_sigkill_mid_build_leaves_only_whole_articles(tmp_path):
    store = tmp_path / "s"
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from graph_fixtures import BUILT, sample_facts
        from simpul.graph.rdf import facts_to_graph
        from simpul.graph.store import open_store
        with open_store({str(store)!r}) as kg:
            for i in range(100000):
                kg.replace_article(f"a{{i}}", facts_to_graph(sample_facts(f"a{{i}}"), "test", BUILT))
                if i == 3:
                    print("ready", flush=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(0.5)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    expected = len(facts_to_graph(sample_facts("a0"), "test", BUILT))
    with open_store(store) as kg:  # the lock of a killed process does not block
        ids = kg.articles()
        assert len(ids) >= 4
        for aid in ids:
            assert len(kg.graph_of(aid)) == expected, aid


def _quad_set(ds) -> set:
    return {(s, p, o, str(getattr(c, "identifier", c))) for s, p, o, c in ds.quads((None, None, None, None))}


@pytest.mark.parametrize("fmt", ["ttl", "trig", "nq", "jsonld"])
def test_exports_parse_back_to_the_same_graph(tmp_path, fmt):
    build(tmp_path / "s", sample_facts(), sample_facts("contoh-2", "Budi Santoso"))
    out = tmp_path / f"kg.{fmt}"
    with open_store(tmp_path / "s", read_only=True) as kg:
        n = export_store(kg, out, fmt)
        union = kg.union_graph()
        kg.dump(tmp_path / "native.nq", "nq")
    back = read_back(out, fmt)
    assert n > 0
    if fmt == "ttl":
        g = Graph()
        for s, p, o, _ in back.quads((None, None, None, None)):
            g.add((s, p, o))
        assert isomorphic(g, union) and len(g) == n
    else:
        want = _quad_set(read_back(tmp_path / "native.nq", "nq"))
        assert _quad_set(back) == want and len({q[3] for q in want}) == 2


def test_shacl_accepts_a_build_and_rejects_a_broken_graph(tmp_path):
    build(tmp_path / "s", sample_facts())
    with open_store(tmp_path / "s", read_only=True) as kg:
        ok, report = validate(kg)
    assert ok, report
    g = facts_to_graph(sample_facts(), "test", BUILT)
    m = next(s for s, _, _ in g.triples((None, URIRef("https://simpul.id/ontology#status"), None)))
    g.add((m, URIRef("https://simpul.id/ontology#status"), URIRef("https://simpul.id/status/Bogus")))
    ok, report = validate_graph(g)
    assert not ok and "status" in report


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_any_name_gives_a_valid_iri(name):
    import pyoxigraph as ox

    for iri in (iris.person(name), iris.body(name), iris.article(name), iris.role(name), iris.post(name, iris.body(name))):
        ox.NamedNode(str(iri))  # raises on an invalid IRI
        g = Graph()
        g.parse(data=f"<{iri}> <{RDFS.label}> \"x\" .", format="nt")
        assert len(g) == 1
    assert iris.person(name) == iris.person(name)


def test_distinct_names_get_distinct_iris():
    assert iris.person("A<B") != iris.person("A B") != iris.person("A\"B")
    assert iris.person("Hadi Sasmito") == iris.person("hadi  sasmito")
    assert str(iris.region("35.09")).endswith("/region/35.09")
    with pytest.raises(ValueError):
        iris.region("35.9x")
