"""Namespaces and the project's IRI bases, shared by the graph, queries and network code."""
from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

SIMPUL = Namespace("https://simpul.id/ontology#")  # classes and properties
DATA = Namespace("https://simpul.id/data/")  # instances: person/, body/, region/, post/, directive/ ...
ROLE = Namespace("https://simpul.id/role/")  # SKOS role scheme concepts
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
TIME = Namespace("http://www.w3.org/2006/time#")

PREFIXES = {
    "simpul": SIMPUL, "sd": DATA, "role": ROLE, "org": ORG, "schema": SCHEMA, "nif": NIF, "time": TIME,
    "prov": PROV, "skos": SKOS, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "dcterms": DCTERMS,
}

__all__ = ["SIMPUL", "DATA", "ROLE", "ORG", "SCHEMA", "NIF", "TIME", "PROV", "SKOS", "RDF", "RDFS", "OWL", "XSD",
           "DCTERMS", "PREFIXES"]
