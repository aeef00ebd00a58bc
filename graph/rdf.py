"""Facts -> the triples of one article's named graph (W3C ORG, schema.org, PROV-O, SKOS, NIF-style evidence)."""
from __future__ import annotations

from datetime import date, datetime

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from simpul.extract.lexicon import roles
from simpul.extract.records import ArticleFacts, Evidence
from simpul.extract.regions import region_by_code
from simpul.ontology.namespace import NIF, ORG, PREFIXES, SCHEMA, SIMPUL

from . import iris


def _bind(g: Graph) -> Graph:
    for p, ns in PREFIXES.items():
        g.bind(p, ns)
    return g


def _date(d: date | None) -> Literal | None:
    return Literal(d.isoformat(), datatype=XSD.date) if d else None


class _Mapper:
    def __init__(self, facts: ArticleFacts, extractor_version: str, built_at: datetime):
        self.f = facts
        self.g = _bind(Graph())
        self.aid = facts.article.id
        self.art = iris.article(self.aid)
        self.version = extractor_version
        self.built_at = built_at
        self.codes = {name: code for name, code in facts.places.items() if code}

    def add(self, s, p, o) -> None:
        if o is not None:
            self.g.add((s, p, o))

    def article(self) -> None:
        a, art = self.f.article, self.art
        self.add(art, RDF.type, SCHEMA.NewsArticle)
        self.add(art, SIMPUL.articleId, Literal(a.id))
        self.add(art, SCHEMA.headline, Literal(a.title) if a.title else None)
        self.add(art, SCHEMA.datePublished, _date(a.published))
        self.add(art, SCHEMA.url, Literal(a.url, datatype=XSD.anyURI) if a.url else None)
        g = iris.graph(self.aid)
        self.add(g, RDF.type, PROV.Entity)
        self.add(g, PROV.wasDerivedFrom, art)
        self.add(g, SIMPUL.extractorVersion, Literal(self.version))
        self.add(g, PROV.generatedAtTime, Literal(self.built_at.isoformat(), datatype=XSD.dateTime))

    def person(self, name: str) -> URIRef:
        p = iris.person(name)
        self.add(p, RDF.type, SCHEMA.Person)
        self.add(p, RDFS.label, Literal(name))
        return p

    def region(self, code: str) -> URIRef:
        r = iris.region(code)
        reg = region_by_code(code)
        self.add(r, RDF.type, SIMPUL.Region)
        self.add(r, SIMPUL.kemendagriCode, Literal(code))
        if reg:
            self.add(r, RDFS.label, Literal(reg.name))
            self.add(r, SIMPUL.level, Literal(reg.level))
        if "." in code:
            parent = code.rsplit(".", 1)[0]
            self.add(r, SIMPUL.partOf, iris.region(parent))
            self.region(parent)
        return r

    def body(self, name: str, code: str | None = None) -> URIRef:
        code = code or self.codes.get(name)
        b = iris.body(name, code)
        self.add(b, RDF.type, SIMPUL.GovernmentBody)
        self.add(b, RDF.type, SCHEMA.GovernmentOrganization)
        self.add(b, RDFS.label, Literal(name))
        if code:
            self.add(b, SIMPUL.jurisdiction, self.region(code))
        return b

    def role(self, name: str) -> URIRef:
        c = iris.role(name)
        self.add(c, RDF.type, SKOS.Concept)
        self.add(c, RDF.type, ORG.Role)
        self.add(c, SKOS.prefLabel, Literal(name, lang="id"))
        self.add(c, SKOS.inScheme, SIMPUL.roleScheme)
        base = next((e.role for e in roles().values() if name.startswith(e.role + " ")), None)
        if base:  # "Kepala Dinas Sosial" is narrower than "Kepala Dinas"
            self.add(c, SKOS.broader, iris.role(base))
        return c

    def evidence(self, kind: str, ev: Evidence, confidence: float, n: int = 0) -> URIRef:
        a, b = (ev.span_start, ev.span_end) if ev.span_start is not None else (ev.start, ev.end)
        e = iris.fact(f"evidence/{kind}", self.aid, a, b, n)
        self.add(e, RDF.type, SIMPUL.Evidence)
        self.add(e, NIF.isString, Literal(ev.sentence))
        self.add(e, NIF.beginIndex, Literal(ev.start, datatype=XSD.integer))
        self.add(e, NIF.endIndex, Literal(ev.end, datatype=XSD.integer))
        if ev.span_start is not None:
            self.add(e, SIMPUL.spanBegin, Literal(ev.span_start, datatype=XSD.integer))
            self.add(e, SIMPUL.spanEnd, Literal(ev.span_end, datatype=XSD.integer))
        self.add(e, PROV.wasDerivedFrom, self.art)
        self.add(e, SIMPUL.confidence, Literal(round(confidence, 3), datatype=XSD.decimal))
        return e

    def holds(self) -> None:
        for n, h in enumerate(self.f.holds):
            p = self.person(h.person)
            b = self.body(h.org, h.region_code) if h.org else self._unknown_body(h.role)
            r = self.role(h.role)
            post = iris.post(h.role, b)
            self.add(post, RDF.type, ORG.Post)
            self.add(post, RDFS.label, Literal(f"{h.role} {h.org}" if h.org else h.role))
            self.add(post, ORG.postIn, b)
            self.add(post, ORG.role, r)
            self.add(p, ORG.holds, post)
            m = iris.fact("membership", self.aid, h.evidence.start, h.evidence.end, n)
            self.add(m, RDF.type, ORG.Membership)
            self.add(m, ORG.member, p)
            self.add(m, ORG.organization, b)
            self.add(m, ORG.role, r)
            self.add(m, SIMPUL.post, post)
            self.add(m, SIMPUL.status, iris.status(h.qualifier))
            self.add(m, SIMPUL.observedOn, _date(h.date))
            self.add(m, SIMPUL.confidence, Literal(round(h.confidence, 3), datatype=XSD.decimal))
            self.add(m, SIMPUL.evidence, self.evidence("holds", h.evidence, h.confidence, n))
            self.add(m, PROV.wasDerivedFrom, self.art)

    def _unknown_body(self, role: str) -> URIRef:
        """A post whose body the article does not make certain still needs a node: one per article."""
        b = iris.fact("body-unknown", self.aid, 0, 0)
        self.add(b, RDF.type, SIMPUL.GovernmentBody)
        self.add(b, RDF.type, SCHEMA.GovernmentOrganization)
        return b  # no label: queries show an empty org

    def directives(self) -> None:
        for n, d in enumerate(self.f.directives):
            ev = d.evidence
            x = iris.fact("directive", self.aid, ev.span_start or ev.start, ev.span_end or ev.end)
            self.add(x, RDF.type, SIMPUL.Directive)
            self.add(x, SIMPUL.text, Literal(d.text))
            self.add(x, SIMPUL.date, _date(d.date))
            self.add(x, SIMPUL.addressee, Literal(d.addressee) if d.addressee else None)
            self.add(x, SIMPUL.cue, Literal(d.cue) if d.cue else None)
            self.add(x, SIMPUL.confidence, Literal(round(d.confidence, 3), datatype=XSD.decimal))
            if d.issuer:
                b = self.body(d.issuer, d.issuer_code)
                self.add(x, SIMPUL.issuer, b)
                self.add(b, SIMPUL.issued, x)
            if d.speaker:
                self.add(x, SIMPUL.speaker, self.person(d.speaker))
            self.add(x, SIMPUL.evidence, self.evidence("directive", ev, d.confidence, n))
            self.add(x, PROV.wasDerivedFrom, self.art)

    def quotes(self) -> None:
        for n, q in enumerate(self.f.quotes):
            ev = q.evidence
            x = iris.fact("quote", self.aid, ev.span_start or ev.start, ev.span_end or ev.end)
            self.add(x, RDF.type, SIMPUL.Quote)
            self.add(x, SIMPUL.speaker, self.person(q.speaker))
            self.add(x, SIMPUL.text, Literal(q.text))
            self.add(x, SIMPUL.date, _date(q.date))
            self.add(x, SIMPUL.evidence, self.evidence("quote", ev, 0.8, n))
            self.add(x, PROV.wasDerivedFrom, self.art)

    def events(self) -> None:
        for n, e in enumerate(self.f.events):
            ev = e.evidence
            x = iris.fact("event", self.aid, ev.start, ev.end, n)
            self.add(x, RDF.type, SIMPUL.Event)
            self.add(x, RDFS.label, Literal(e.name))
            self.add(x, SIMPUL.date, _date(e.date))
            for p in e.participants:
                self.add(x, SIMPUL.participant, self.person(p))
            self.add(x, SIMPUL.evidence, self.evidence("event", ev, 0.7, n))
            self.add(x, PROV.wasDerivedFrom, self.art)


def facts_to_graph(facts: ArticleFacts, extractor_version: str, built_at: datetime) -> Graph:
    """The triples of one article's named graph, provenance of the graph itself included."""
    m = _Mapper(facts, extractor_version, built_at)
    m.article()
    m.holds()
    m.directives()
    m.quotes()
    m.events()
    return m.g



ONTOLOGY_GRAPH = URIRef("https://simpul.id/data/graph/ontology")


def ontology_graph() -> Graph:
    """The ontology and role scheme, stored beside the articles so queries can use their labels."""
    from importlib import resources

    g = _bind(Graph())
    for name in ("simpul.ttl", "roles.ttl"):
        g.parse(data=resources.files("simpul.ontology").joinpath(name).read_text(encoding="utf-8"), format="turtle")
    return g
