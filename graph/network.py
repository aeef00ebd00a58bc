"""Actor networks: the RDF graph projected into networkx, plus filters by region, time and acting status."""
from __future__ import annotations

from datetime import date

import networkx as nx

from .resolve import SAME_AS, canonical_people

PREFIXES = """PREFIX simpul: <https://simpul.id/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
HOLDS = PREFIXES + """SELECT DISTINCT ?p ?pl ?b ?bl ?code ?rl ?st ?d ?aid WHERE { GRAPH ?g {
  ?m a org:Membership ; org:member ?p ; org:organization ?b ; org:role ?r ; simpul:status ?st .
  ?p rdfs:label ?pl . ?r skos:prefLabel ?rl .
  OPTIONAL { ?b rdfs:label ?bl } OPTIONAL { ?b simpul:jurisdiction ?reg . ?reg simpul:kemendagriCode ?code }
  OPTIONAL { ?m simpul:observedOn ?d } ?g prov:wasDerivedFrom ?a . ?a simpul:articleId ?aid } }"""
DIRECTIVES = PREFIXES + """SELECT DISTINCT ?x ?text ?d ?b ?bl ?code ?p ?pl ?aid WHERE { GRAPH ?g {
  ?x a simpul:Directive ; simpul:text ?text . OPTIONAL { ?x simpul:date ?d }
  OPTIONAL { ?x simpul:issuer ?b . ?b rdfs:label ?bl OPTIONAL { ?b simpul:jurisdiction ?reg . ?reg simpul:kemendagriCode ?code } }
  OPTIONAL { ?x simpul:speaker ?p . ?p rdfs:label ?pl } ?g prov:wasDerivedFrom ?a . ?a simpul:articleId ?aid } }"""
EVENTS = PREFIXES + """SELECT DISTINCT ?e ?el ?d ?p ?pl ?aid WHERE { GRAPH ?g {
  ?e a simpul:Event ; rdfs:label ?el ; simpul:participant ?p . ?p rdfs:label ?pl . OPTIONAL { ?e simpul:date ?d }
  ?g prov:wasDerivedFrom ?a . ?a simpul:articleId ?aid } }"""
# inside one graph: regions repeat in every article graph, and joins over the union would multiply the copies
REGIONS = PREFIXES + """SELECT DISTINCT ?code ?rl ?level WHERE { GRAPH ?g { ?r a simpul:Region ; simpul:kemendagriCode ?code .
  OPTIONAL { ?r rdfs:label ?rl } OPTIONAL { ?r simpul:level ?level } } }"""

NODE_TYPES = ("person", "body", "region", "directive", "event")


def _rows(source, sparql: str) -> list[dict]:
    """Rows from a KGStore (Oxigraph engine) or an rdflib Graph/Dataset."""
    if hasattr(source, "query") and not hasattr(source, "serialize"):
        return source.query(sparql)
    res = source.query(sparql)
    return [{str(v): (None if row[i] is None else str(row[i])) for i, v in enumerate(res.vars)} for row in res]


def _d(s: str | None) -> str | None:
    return s[:10] if s else None


def project(source) -> nx.MultiDiGraph:
    """Typed multigraph: person/body/region/directive/event nodes; holds, issued, spoke, attended, located-in edges.

    Node ids are the RDF IRIs (regions: their Kemendagri code); every edge carries ``date`` and ``article``."""
    G = nx.MultiDiGraph()
    canon = canonical_people(_rows(source, SAME_AS))

    def person(iri: str, label: str) -> str:
        """The person's node; a name variant joins the node of the fuller name it is owl:sameAs."""
        node, name = canon.get(iri, (iri, label))
        G.add_node(node, type="person", label=name)
        if node != iri:
            G.nodes[node].setdefault("aliases", set()).add(label)
        return node

    for r in _rows(source, REGIONS):
        G.add_node(f"region:{r['code']}", type="region", label=r.get("rl") or r["code"], code=r["code"],
                   level=r.get("level") or "")
    for r in _rows(source, HOLDS):
        p = person(r["p"], r["pl"])
        _add_body(G, r)
        qual = r["st"].rsplit("/", 1)[-1]
        G.add_edge(p, r["b"], key=f"holds:{r['rl']}:{r['aid']}", type="holds", role=r["rl"],
                   qualifier="" if qual == "definitif" else qual, date=_d(r.get("d")), article=r["aid"])
        _locate(G, r["b"], r.get("code"))
    for r in _rows(source, DIRECTIVES):
        G.add_node(r["x"], type="directive", label=r["text"][:60], text=r["text"], date=_d(r.get("d")) or "")
        if r.get("b"):
            _add_body(G, r)
            G.add_edge(r["b"], r["x"], key="issued", type="issued", date=_d(r.get("d")), article=r["aid"])
            _locate(G, r["b"], r.get("code"))
        if r.get("p"):
            G.add_edge(person(r["p"], r["pl"]), r["x"], key="spoke", type="spoke", date=_d(r.get("d")), article=r["aid"])
    for r in _rows(source, EVENTS):
        G.add_node(r["e"], type="event", label=r["el"], date=_d(r.get("d")) or "")
        G.add_edge(person(r["p"], r["pl"]), r["e"], key="attended", type="attended", date=_d(r.get("d")), article=r["aid"])
    for _, d in G.nodes(data=True):
        if "aliases" in d:  # GraphML/GEXF take strings, not sets
            d["aliases"] = "; ".join(sorted(d["aliases"]))
    G.graph["articles"] = len({d["article"] for *_, d in G.edges(data=True) if d.get("article")})
    return G


def _add_body(G: nx.MultiDiGraph, r: dict) -> None:
    """A body node: ``name`` as the RDF says it ("Kabupaten Jember"), ``label`` as people read it."""
    G.add_node(r["b"], type="body", label=_body_label(r.get("bl"), r.get("code")), name=r.get("bl") or "",
               code=r.get("code") or "")


def _body_label(label: str | None, code: str | None) -> str:
    """A region's government reads "Pemerintah Kabupaten Jember", so it is not confused with the region itself."""
    if not label:
        return "(unknown body)"
    return f"Pemerintah {label}" if code and label.startswith(("Kabupaten ", "Kota ", "Provinsi ")) else label


def _locate(G: nx.MultiDiGraph, body: str, code: str | None) -> None:
    if code and not G.has_edge(body, f"region:{code}", key="located-in"):
        G.add_node(f"region:{code}", type="region", label=G.nodes.get(f"region:{code}", {}).get("label", code), code=code)
        G.add_edge(body, f"region:{code}", key="located-in", type="located-in", date=None, article=None)


def coactor_graph(G: nx.MultiDiGraph) -> nx.Graph:
    """Person/body projection: linked when they attend the same event, appear in the same article, or one speaks
    for (instructs through) a body's directive. Edge ``weight`` counts the ties, ``kinds`` says which."""
    H = nx.Graph()
    actors = [n for n, d in G.nodes(data=True) if d["type"] in ("person", "body")]
    for n in actors:
        H.add_node(n, **G.nodes[n])
    by_article: dict[str, set[str]] = {}
    for u, v, d in G.edges(data=True):
        for n in (u, v):
            if d.get("article") and G.nodes[n]["type"] in ("person", "body"):
                by_article.setdefault(d["article"], set()).add(n)
    for members in by_article.values():
        _clique(H, members, "same article")
    for n, d in G.nodes(data=True):
        if d["type"] == "event":
            _clique(H, set(G.predecessors(n)), "same event")
        if d["type"] == "directive":
            heads = {u for u in G.predecessors(n) if G.nodes[u]["type"] in ("person", "body")}
            _clique(H, heads, "instructs")
    return H


def _clique(H: nx.Graph, members: set[str], kind: str) -> None:
    ms = sorted(members)
    for i, a in enumerate(ms):
        for b in ms[i + 1:]:
            if H.has_edge(a, b):
                H[a][b]["weight"] += 1
                H[a][b]["kinds"] = ",".join(sorted(set(H[a][b]["kinds"].split(",")) | {kind}))
            else:
                H.add_edge(a, b, weight=1, kinds=kind)


def _keep(G: nx.MultiDiGraph, nodes: set[str]) -> nx.MultiDiGraph:
    sub = G.subgraph(nodes).copy()
    sub.graph.update(G.graph)
    sub.graph["articles"] = len({d["article"] for *_, d in sub.edges(data=True) if d.get("article")})
    return sub


def _in_region(code: str, prefix: str) -> bool:
    return bool(code) and (code == prefix or code.startswith(prefix + "."))


def filter_region(G: nx.MultiDiGraph, code: str) -> nx.MultiDiGraph:
    """Bodies of a region or its sub-regions (35.09 covers 35.09.xx), the people holding posts there, their
    directives and events."""
    bodies = {n for n, d in G.nodes(data=True) if d["type"] == "body" and _in_region(d.get("code", ""), code)}
    regions = {n for n, d in G.nodes(data=True) if d["type"] == "region" and _in_region(d.get("code", ""), code)}
    people = {u for u, v, d in G.edges(data=True) if d["type"] == "holds" and v in bodies}
    linked = {v for u, v, d in G.edges(data=True) if u in bodies | people and d["type"] in ("issued", "spoke", "attended")}
    return _keep(G, bodies | regions | people | linked)


def filter_time(G: nx.MultiDiGraph, since: date | str | None = None, until: date | str | None = None) -> nx.MultiDiGraph:
    """Edges dated inside [since, until], the regions of the bodies that remain; undated facts and isolated nodes go."""
    lo, hi = (str(since) if since else "0000"), (str(until) if until else "9999")
    H = nx.MultiDiGraph(**G.graph)
    for u, v, k, d in G.edges(keys=True, data=True):
        if d.get("date") and lo <= d["date"] <= hi:
            H.add_node(u, **G.nodes[u])
            H.add_node(v, **G.nodes[v])
            H.add_edge(u, v, key=k, **d)
    for u, v, k, d in G.edges(keys=True, data=True):  # where the surviving bodies sit
        if d["type"] == "located-in" and u in H:
            H.add_node(v, **G.nodes[v])
            H.add_edge(u, v, key=k, **d)
    H.graph["articles"] = len({d["article"] for *_, d in H.edges(data=True) if d.get("article")})
    return H


def filter_status(G: nx.MultiDiGraph, statuses=("Pj", "Plt", "Pjs")) -> nx.MultiDiGraph:
    """Acting officials with the given status, the bodies they serve and what they said or attended."""
    people = {u for u, v, d in G.edges(data=True) if d["type"] == "holds" and d.get("qualifier") in set(statuses)}
    near = {v for u, v, d in G.edges(data=True) if u in people}
    return _keep(G, people | near)


def find_node(G: nx.Graph, name: str) -> str:
    """The node whose label matches ``name`` (exactly, else the one containing it)."""
    low = name.lower()
    exact = [n for n, d in G.nodes(data=True) if d.get("label", "").lower() == low]
    part = [n for n, d in G.nodes(data=True) if low in d.get("label", "").lower()]
    hits = exact or part
    if len(hits) != 1:
        raise KeyError(f"{'no' if not hits else len(hits)} actors match {name!r}")
    return hits[0]


def ego(G: nx.Graph, name: str, depth: int = 2) -> nx.Graph:
    """Everything within ``depth`` steps of the named actor (edge direction ignored)."""
    centre = find_node(G, name)
    near = nx.single_source_shortest_path_length(G.to_undirected(as_view=True), centre, cutoff=depth)
    sub = G.subgraph(near).copy()
    sub.graph.update(G.graph)
    sub.graph["ego"] = centre
    return sub
