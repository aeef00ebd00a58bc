"""simpul: Indonesian regional-government news -> RDF knowledge graph."""
__version__ = "0.1.0"
