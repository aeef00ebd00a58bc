"""RDF mapping, store, queries, exports, networks, figures and the SPARQL server."""
