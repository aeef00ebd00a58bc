"""Cross-article person resolution: name words + jurisdiction, scored; no store needed for the rules."""
from __future__ import annotations

from simpul.graph.resolve import (SAME_AS_MIN, PersonRecord, canonical_people, name_covers, name_tokens,
                                  regions_compatible, resolution_graph, resolve)
from simpul.graph.validate import validate_graph


def rec(iri: str, name: str, *codes: str) -> PersonRecord:
    return PersonRecord(f"https://simpul.id/data/person/{iri}", name, set(codes), {f"art-{iri}"})


def pairs(res, sure_only=False):
    ms = res.same_as if sure_only else res.matches
    return {(m.variant.rsplit("/", 1)[-1], m.person.rsplit("/", 1)[-1]) for m in ms}


def test_name_words_in_order_and_initials():
    assert name_covers(name_tokens("Bobby Nasution"), name_tokens("Muhammad Bobby Afif Nasution"))
    assert name_covers(name_tokens("M. Bobby Nasution"), name_tokens("Muhammad Bobby Nasution"))
    assert not name_covers(name_tokens("Nasution Bobby"), name_tokens("Muhammad Bobby Afif Nasution"))
    assert not name_covers(name_tokens("Bobby Nasution"), name_tokens("Bobby Nasution"))  # equal: one IRI already
    assert not name_covers(name_tokens("Bobby Siregar"), name_tokens("Bobby Afif Nasution"))


def test_region_codes_nest():
    assert regions_compatible({"12"}, {"12.72"}) is True  # a province and a city inside it
    assert regions_compatible({"12.72"}, {"12.08"}) is False
    assert regions_compatible(set(), {"12.08"}) is None


def test_variant_in_shared_jurisdiction_is_same_as():
    res = resolve([rec("a", "Muhammad Bobby Afif Nasution", "12"), rec("b", "Bobby Nasution", "12.71")])
    assert pairs(res, sure_only=True) == {("b", "a")}
    assert res.matches[0].confidence >= SAME_AS_MIN


def test_unrelated_regions_never_match():
    res = resolve([rec("a", "Andi Saputra Wijaya", "35.09"), rec("b", "Andi Wijaya", "81.71")])
    assert not res.matches


def test_no_jurisdiction_or_one_word_is_a_candidate_below_same_as():
    res = resolve([rec("a", "Andi Saputra Wijaya", "35.09"), rec("b", "Andi Wijaya"),
                   rec("c", "Zonny Waldi", "12.08"), rec("d", "Zonny", "12.08")])
    assert pairs(res) == {("b", "a"), ("d", "c")}
    assert not res.same_as


def test_a_short_name_fitting_two_people_is_shared_between_them():
    res = resolve([rec("a", "Budi Santoso Putra", "35.09"), rec("b", "Budi Dwi Santoso", "35.09"),
                   rec("c", "Budi Santoso", "35.09")])
    assert pairs(res) == {("c", "a"), ("c", "b")}
    assert all(m.confidence < SAME_AS_MIN for m in res.matches)


def test_chains_link_to_the_fullest_name():
    res = resolve([rec("a", "Muhammad Bobby Afif Nasution", "12"), rec("b", "Bobby Afif Nasution", "12"),
                   rec("c", "Bobby Nasution", "12")])
    assert pairs(res, sure_only=True) == {("b", "a"), ("c", "a")}
    rows = [{"v": m.variant, "p": m.person, "pl": "Muhammad Bobby Afif Nasution"} for m in res.same_as]
    canon = canonical_people(rows)
    assert {v.rsplit("/", 1)[-1]: p[0].rsplit("/", 1)[-1] for v, p in canon.items()} == {"b": "a", "c": "a"}


def test_one_name_in_unrelated_regions_is_a_doubt():
    res = resolve([rec("a", "Hendra Gunawan", "16.02", "16", "14.03"), rec("b", "Rahmat Santoso", "35", "35.09")])
    assert [(d.person.rsplit("/", 1)[-1], d.confidence) for d in res.doubts] == [("a", 0.5)]


def test_resolution_graph_validates_with_its_people():
    from rdflib import RDF, RDFS, Literal, URIRef

    from simpul.ontology.namespace import SCHEMA

    recs = [rec("a", "Muhammad Bobby Afif Nasution", "12"), rec("b", "Bobby Nasution", "12"),
            rec("c", "Hendra Gunawan", "16.02", "14.03")]
    g = resolution_graph(resolve(recs))
    for r in recs:
        g.add((URIRef(r.iri), RDF.type, SCHEMA.Person))
        g.add((URIRef(r.iri), RDFS.label, Literal(r.name)))
    ok, text = validate_graph(g)
    assert ok, text
    assert resolution_graph(resolve(list(reversed(recs)))).isomorphic(resolution_graph(resolve(recs)))
