"""The read-only SPARQL endpoint (SPARQLWrapper as client) and a store on a real Oxigraph server."""
from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from SPARQLWrapper import JSON, POST, SPARQLWrapper

from graph_fixtures import BUILT, sample_facts
from simpul.graph.queries import load_query
from simpul.graph.rdf import facts_to_graph
from simpul.graph.serve import make_server
from simpul.graph.store import open_store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def endpoint(tmp_path):
    with open_store(tmp_path / "s") as kg:
        for i in range(3):
            f = sample_facts(f"a{i}", ["Ahmad Wiryawan", "Budi Santoso", "Citra Dewi"][i])
            kg.replace_article(f.article.id, facts_to_graph(f, "test", BUILT))
    srv = make_server(tmp_path / "s", "127.0.0.1", 0, timeout=5, row_limit=4)
    th = threading.Thread(target=srv.serve_forever, daemon=True)
    th.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/sparql", srv
    srv.shutdown()
    srv.server_close()


def test_select_through_sparqlwrapper(endpoint):
    url, srv = endpoint
    assert srv.server_address[0] == "127.0.0.1"
    sw = SPARQLWrapper(url)
    sw.setQuery(load_query("holds"))
    sw.setReturnFormat(JSON)
    rows = sw.query().convert()["results"]["bindings"]
    people = {r["person"]["value"] for r in rows}
    assert len(rows) == 4  # 6 holds facts, cut by the row limit
    assert people <= {"Ahmad Wiryawan", "Budi Santoso", "Citra Dewi", "Rina Kusuma"}


def test_ask_and_bad_query(endpoint):
    url, _ = endpoint
    sw = SPARQLWrapper(url)
    sw.setQuery("ASK { ?s a <https://schema.org/Person> }")
    sw.setReturnFormat(JSON)
    assert sw.query().convert()["boolean"] is True
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(url + "?query=SELECT+WHERE")
    assert err.value.code == 400


def test_updates_are_refused(endpoint):
    url, _ = endpoint
    sw = SPARQLWrapper(url)
    sw.setMethod(POST)
    sw.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises(Exception) as err:
        sw.query()
    assert "403" in str(err.value) or "Forbidden" in str(err.value)
    req = urllib.request.Request(url, data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                                 headers={"Content-Type": "application/sparql-update"})
    with pytest.raises(urllib.error.HTTPError) as e2:
        urllib.request.urlopen(req)
    assert e2.value.code == 403


def test_slow_query_times_out(tmp_path):
    with open_store(tmp_path / "s") as kg:
        f = sample_facts()
        kg.replace_article(f.article.id, facts_to_graph(f, "test", BUILT))
    srv = make_server(tmp_path / "s", "127.0.0.1", 0, timeout=0.5, row_limit=10)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        slow = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
        t0 = time.time()
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(f"http://127.0.0.1:{srv.server_address[1]}/sparql?"
                                   + urllib.parse.urlencode({"query": slow}))
        assert err.value.code == 503 and time.time() - t0 < 5
    finally:
        srv.shutdown()
        srv.server_close()


def test_store_on_a_real_oxigraph_server(tmp_path):
    exe = shutil.which("oxigraph")
    if exe is None:
        pytest.skip("the oxigraph server (PyPI package 'oxigraph') is not installed")
    port = _free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(tmp_path / "ox"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/query?query=ASK%7B%7D")
                break
            except OSError:
                time.sleep(0.1)
        with open_store(base) as kg:
            f = sample_facts()
            g = facts_to_graph(f, "test", BUILT)
            kg.replace_article(f.article.id, g)
            kg.replace_article(f.article.id, g)
            assert len(kg) == len(g)
            rows = kg.query(load_query("holds"))
        assert {r["person"] for r in rows} == {"Ahmad Wiryawan", "Rina Kusuma"}
    finally:
        proc.terminate()
        proc.wait(10)
