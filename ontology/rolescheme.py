"""Writes ontology/roles.ttl, the SKOS role scheme, from the extractor's hand-reviewed role lexicon.

Run `python -m simpul.ontology.rolescheme` after editing extract/data/roles.tsv; a test keeps the two in sync.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS, SKOS

from simpul.extract.lexicon import roles
from simpul.ontology.namespace import ORG, ROLE, SIMPUL

OUT = Path(__file__).resolve().parent / "roles.ttl"


def role_scheme() -> Graph:
    g = Graph()
    g.bind("skos", SKOS), g.bind("org", ORG), g.bind("role", ROLE), g.bind("simpul", SIMPUL)
    scheme = SIMPUL.roleScheme
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, RDFS.label, Literal("Roles in Indonesian government", lang="en")))
    g.add((scheme, RDFS.label, Literal("Jabatan pemerintahan", lang="id")))
    alts: dict[str, set[str]] = defaultdict(set)
    for words, e in roles().items():
        surface = " ".join(words)
        if surface != e.role.lower():
            alts[e.role].add(surface.upper() if len(surface) <= 4 else surface.title())
        alts.setdefault(e.role, set())
    from simpul.graph.iris import role as role_iri

    for name, alt in sorted(alts.items()):
        c = role_iri(name)
        g.add((c, RDF.type, SKOS.Concept))
        g.add((c, RDF.type, ORG.Role))
        g.add((c, SKOS.inScheme, scheme))
        g.add((c, SKOS.prefLabel, Literal(name, lang="id")))
        for a in sorted(alt):
            g.add((c, SKOS.altLabel, Literal(a, lang="id")))
    return g


if __name__ == "__main__":
    role_scheme().serialize(OUT, format="turtle")
    print(f"wrote {OUT}")
