"""Cross-article person resolution: one person under several name forms, judged by name + jurisdiction.

Inside an article the extractor already links "Zonny" to "Zonny Waldi"; across articles persons share an IRI only
when their normalised names are equal. This step, run after every build over the whole store, adds what a reader
needs on top of that: name variants of the same person ("Bobby Nasution" / "Muhammad Bobby Afif Nasution", both
in Sumatera Utara) as scored ``simpul:PersonMatch`` nodes, ``owl:sameAs`` for the sure ones, and a doubt on an
IRI whose name turns up in unrelated regions (two people who share a name).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, XSD

from simpul.ontology.namespace import DATA, SIMPUL

RESOLUTION_GRAPH = DATA["graph/resolution"]
SAME_AS_MIN = 0.85  # owl:sameAs only from here: two full name words shared and a shared jurisdiction

# Person IRI, label, the region codes of the bodies the person holds posts in or speaks for, and the articles.
RECORDS = """PREFIX simpul: <https://simpul.id/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?p ?name ?code ?aid WHERE { GRAPH ?g {
  ?p a schema:Person ; rdfs:label ?name .
  OPTIONAL {
    { ?m org:member ?p ; org:organization ?b } UNION { ?x simpul:speaker ?p ; simpul:issuer ?b }
    ?b simpul:jurisdiction ?reg . ?reg simpul:kemendagriCode ?code }
  ?g prov:wasDerivedFrom ?a . ?a simpul:articleId ?aid } }"""


@dataclass
class PersonRecord:
    iri: str
    name: str
    regions: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class PersonMatch:
    """``variant`` is probably the same person as ``person`` (the fuller name)."""

    person: str
    variant: str
    confidence: float
    basis: str


@dataclass(frozen=True)
class IdentityDoubt:
    """One IRI (one normalised name) seen in regions that have nothing to do with each other."""

    person: str
    confidence: float
    regions: tuple[str, ...]


@dataclass
class Resolution:
    matches: list[PersonMatch] = field(default_factory=list)
    doubts: list[IdentityDoubt] = field(default_factory=list)

    @property
    def same_as(self) -> list[PersonMatch]:
        return [m for m in self.matches if m.confidence >= SAME_AS_MIN]


def records_from_rows(rows: list[dict]) -> list[PersonRecord]:
    out: dict[str, PersonRecord] = {}
    for r in rows:
        rec = out.setdefault(r["p"], PersonRecord(r["p"], r["name"]))
        if r.get("code"):
            rec.regions.add(r["code"])
        if r.get("aid"):
            rec.articles.add(r["aid"])
    return list(out.values())


def name_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s.,]+", name.lower()) if t]


def _is_initial(tok: str) -> bool:
    return len(tok) == 1


def _token_match(short: str, long: str) -> bool:
    return short == long or (_is_initial(short) and long.startswith(short))


def name_covers(short: list[str], long: list[str]) -> bool:
    """Every word of ``short`` matches a word of ``long`` in order (an initial matches a word it begins)."""
    i = 0
    for tok in long:
        if i < len(short) and _token_match(short[i], tok):
            i += 1
    return i == len(short) and short != long


def nested(a: str, b: str) -> bool:
    """Region codes that are the same place or one inside the other (15 and 15.71)."""
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


def regions_compatible(a: set[str], b: set[str]) -> bool | None:
    """True: a shared jurisdiction; False: only unrelated ones; None: one side has none."""
    if not a or not b:
        return None
    return any(nested(x, y) for x in a for y in b)


def _region_groups(codes: set[str]) -> list[set[str]]:
    """Codes grouped by nesting; more than one group = unrelated regions."""
    groups: list[set[str]] = []
    for c in sorted(codes, key=len):
        for g in groups:
            if any(nested(c, x) for x in g):
                g.add(c)
                break
        else:
            groups.append({c})
    return groups


def _name_score(short: list[str]) -> float:
    full = [t for t in short if not _is_initial(t)]
    return 0.9 if len(full) >= 2 else 0.5


def resolve(records: list[PersonRecord]) -> Resolution:
    """Scored name-variant matches and identity doubts; deterministic for the same records."""
    res = Resolution()
    toks = {r.iri: name_tokens(r.name) for r in records}
    by_iri = {r.iri: r for r in records}
    postings: dict[str, set[str]] = defaultdict(set)
    for iri, ts in toks.items():
        for t in ts:
            if not _is_initial(t):
                postings[t].add(iri)
    candidates: dict[str, list[tuple[str, bool | None]]] = {}
    for rec in sorted(records, key=lambda r: r.iri):
        short = toks[rec.iri]
        full = [t for t in short if not _is_initial(t)]
        if not full:
            continue
        pool = set.intersection(*(postings[t] for t in sorted(full, key=lambda t: len(postings[t]))))
        found = []
        for other in sorted(pool - {rec.iri}):
            long = toks[other]
            if len(long) < len(short) or not name_covers(short, long):
                continue
            shared = regions_compatible(rec.regions, by_iri[other].regions)
            if shared is not False:
                found.append((other, shared))
        # fuller names that are themselves variants of another candidate are one person, not two candidates
        found = [(o, sh) for o, sh in found
                 if not any(o2 != o and name_covers(toks[o], toks[o2])
                            and regions_compatible(by_iri[o].regions, by_iri[o2].regions) is not False
                            for o2, _ in found)]
        if found:
            candidates[rec.iri] = found
    for variant, found in candidates.items():
        # a short name that fits several fuller names is shared by all of them
        for other, shared in found:
            conf = _name_score(toks[variant]) * (1.0 if shared else 0.7) / len(found)
            basis = ("name words contained in the fuller name; "
                     + ("shared jurisdiction" if shared else "no jurisdiction on one side")
                     + (f"; {len(found)} candidate fuller names" if len(found) > 1 else ""))
            res.matches.append(PersonMatch(other, variant, round(conf, 3), basis))
    for rec in sorted(records, key=lambda r: r.iri):
        groups = _region_groups(rec.regions)
        if len(groups) > 1:
            res.doubts.append(IdentityDoubt(rec.iri, round(1 / len(groups), 3), tuple(sorted(rec.regions))))
    return res


def resolution_graph(res: Resolution) -> Graph:
    g = Graph()
    for m in res.matches:
        node = DATA[f"match/{_key(m.variant)}--{_key(m.person)}"]
        g.add((node, RDF.type, SIMPUL.PersonMatch))
        g.add((node, SIMPUL.person, URIRef(m.person)))
        g.add((node, SIMPUL.variant, URIRef(m.variant)))
        g.add((node, SIMPUL.confidence, Literal(str(m.confidence), datatype=XSD.decimal)))
        g.add((node, SIMPUL.basis, Literal(m.basis)))
        if m.confidence >= SAME_AS_MIN:
            g.add((URIRef(m.variant), OWL.sameAs, URIRef(m.person)))
    for d in res.doubts:
        p = URIRef(d.person)
        g.add((p, SIMPUL.identityConfidence, Literal(str(d.confidence), datatype=XSD.decimal)))
        g.add((p, SIMPUL.basis, Literal("the same name in unrelated regions: " + ", ".join(d.regions))))
    return g


def _key(iri: str) -> str:
    return iri.rsplit("/person/", 1)[-1].replace("/", "-")


def resolve_store(kg) -> Resolution:
    """Recompute the resolution over the whole store and replace its graph in one update."""
    res = resolve(records_from_rows(kg.query(RECORDS)))
    kg.replace_graph(RESOLUTION_GRAPH, resolution_graph(res))
    return res


SAME_AS = """PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?v ?p ?pl WHERE { GRAPH <%s> { ?v owl:sameAs ?p } GRAPH ?g { ?p rdfs:label ?pl } }""" % RESOLUTION_GRAPH


def canonical_people(rows: list[dict]) -> dict[str, tuple[str, str]]:
    """Variant IRI -> (IRI, label) of the person it is ``owl:sameAs``, chains followed to the end."""
    step = {r["v"]: r["p"] for r in rows}
    label = {r["p"]: r["pl"] for r in rows}
    out = {}
    for v in step:
        seen, cur = {v}, step[v]
        while cur in step and step[cur] not in seen:
            seen.add(cur)
            cur = step[cur]
        out[v] = (cur, label.get(cur, cur))
    return out
