"""The simpul ontology, SHACL shapes and namespaces."""
