"""Exports: Turtle (union of all articles), TriG and N-Quads (one named graph per article), JSON-LD with a context."""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from simpul.ontology.namespace import PREFIXES

FORMATS = {"ttl": "turtle", "turtle": "turtle", "trig": "trig", "nq": "nquads", "nquads": "nquads",
           "jsonld": "json-ld", "json-ld": "json-ld"}


def context() -> dict:
    return {"@context": {p: str(ns) for p, ns in PREFIXES.items()}}


def export_store(store, out: Path, fmt: str) -> int:
    """Write the store to ``out``; returns the number of triples (quads for TriG/N-Quads) written."""
    kind = FORMATS.get(fmt.lower())
    if kind is None:
        raise ValueError(f"unknown format {fmt!r}; use one of {sorted(set(FORMATS))}")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if kind in ("trig", "nquads"):
        try:
            store.dump(out, "trig" if kind == "trig" else "nq")
        except ValueError:  # a remote endpoint: rdflib writes it
            store.dataset.serialize(out, format=kind)
        return len(store)
    if kind == "turtle":
        g = store.union_graph()
        for p, ns in PREFIXES.items():
            g.bind(p, ns)
        g.serialize(out, format="turtle")
        return len(g)
    ds = Dataset()
    for p, ns in PREFIXES.items():
        ds.bind(p, ns)
    tmp = out.with_suffix(".tmp.nq")
    try:
        store.dump(tmp, "nq")
        ds.parse(tmp, format="nquads")
    finally:
        tmp.unlink(missing_ok=True)
    out.write_text(ds.serialize(format="json-ld", context=context()["@context"], indent=1), encoding="utf-8")
    return len(ds)


def read_back(path: Path, fmt: str) -> Dataset:
    """Parse an export again (used by the round-trip tests)."""
    ds = Dataset()
    kind = FORMATS[fmt.lower()]
    if kind == "json-ld":
        ds.parse(data=Path(path).read_text(encoding="utf-8"), format="json-ld")
    else:
        ds.parse(path, format=kind)
    return ds


__all__ = ["export_store", "read_back", "context"]
