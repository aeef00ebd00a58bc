"""SHACL validation of a build (pyshacl, inference off: it is slow and changes nothing we check)."""
from __future__ import annotations

from importlib import resources

from rdflib import Graph


def shapes() -> Graph:
    g = Graph()
    g.parse(data=resources.files("simpul.ontology").joinpath("shapes.ttl").read_text(encoding="utf-8"), format="turtle")
    return g


def validate_graph(data: Graph) -> tuple[bool, str]:
    from pyshacl import validate

    conforms, _, text = validate(data, shacl_graph=shapes(), inference="none", advanced=True, allow_warnings=True)
    return bool(conforms), text


def validate(store_or_graph) -> tuple[bool, str]:
    data = store_or_graph if isinstance(store_or_graph, Graph) else store_or_graph.union_graph()
    return validate_graph(data)
