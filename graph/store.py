"""The knowledge-graph store: an rdflib Dataset on Oxigraph on disk (or a SPARQL 1.1 endpoint), one named graph per article.

Each article is written by ONE SPARQL update (drop its graph, insert the new triples), which Oxigraph applies
atomically: a build killed at any moment leaves only whole articles. A lock file keeps a second writer out.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from rdflib import Dataset, Graph, URIRef

from . import iris

LOCK_NAME = "simpul.lock"
DATA_DIR = "oxigraph"


class StoreInUseError(RuntimeError):
    """Another process is writing to this store."""


def _is_url(location: str | Path) -> bool:
    return str(location).startswith(("http://", "https://"))


def _term(t) -> str:
    return t.n3()


def _insert_data(graph_iri: URIRef, g: Graph) -> str:
    body = "\n".join(f"{_term(s)} {_term(p)} {_term(o)} ." for s, p, o in g)
    return f"DROP SILENT GRAPH <{graph_iri}> ;\nINSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}\n}} }}"


def _plain(term) -> str | None:
    if term is None:
        return None
    return str(term.value) if hasattr(term, "value") else str(term)


def ox_rows(store, sparql: str) -> list[dict[str, str | None]]:
    """Rows of a query on a pyoxigraph Store, union of the named graphs as default graph, as plain strings."""
    import pyoxigraph as ox

    res = store.query(sparql, use_default_graph_as_union=True)
    if isinstance(res, (bool, ox.QueryBoolean)):
        return [{"result": str(bool(res)).lower()}]
    names = [v.value for v in res.variables] if hasattr(res, "variables") else None
    if names is None:  # CONSTRUCT/DESCRIBE
        return [{"s": _plain(t.subject), "p": _plain(t.predicate), "o": _plain(t.object)} for t in res]
    return [{n: _plain(sol[n]) for n in names} for sol in res]


class KGStore:
    """Open with ``open_store``; ``query`` runs on Oxigraph's own SPARQL engine, not rdflib's."""

    def __init__(self, location: str | Path, read_only: bool = False):
        self.location = str(location)
        self.read_only = read_only
        self._lock = None
        self._ox = None
        if _is_url(location):
            from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

            base = self.location.rstrip("/")
            query, update = (base, base) if base.endswith(("/sparql",)) else (f"{base}/query", f"{base}/update")
            self._remote = SPARQLUpdateStore(query_endpoint=query, update_endpoint=update, returnFormat="json")
            self.dataset = Dataset(store=self._remote, default_union=True)
            return
        import pyoxigraph as ox
        from filelock import FileLock, Timeout
        from oxrdflib import OxigraphStore

        path = Path(location)
        if read_only and not (path / DATA_DIR).is_dir():
            raise FileNotFoundError(f"no store at {path} (build one with `simpul build`)")
        path.mkdir(parents=True, exist_ok=True)
        if not read_only:
            self._lock = FileLock(str(path / LOCK_NAME))
            try:
                self._lock.acquire(timeout=0)
            except Timeout:
                raise StoreInUseError(f"store {path} is in use by another build (lock {path / LOCK_NAME}); "
                                      "wait for it to finish") from None
            (path / "writer.pid").write_text(str(os.getpid()))
        try:
            self._ox = ox.Store.read_only(str(path / DATA_DIR)) if read_only else ox.Store(str(path / DATA_DIR))
        except OSError as exc:
            self.close()
            raise StoreInUseError(f"store {path} cannot be opened: {exc}") from exc
        # a fixed identifier, or a reopened oxrdflib store looks empty (DESIGN.md)
        self.dataset = Dataset(store=OxigraphStore(store=self._ox), default_union=True)

    # ------------------------------------------------------------------ writing
    def replace_article(self, article_id: str, graph: Graph) -> None:
        """Replace the article's named graph in one atomic update."""
        self.replace_graph(iris.graph(article_id), graph)

    def replace_graph(self, graph_iri: URIRef, graph: Graph) -> None:
        if self.read_only:
            raise PermissionError("store opened read-only")
        update = _insert_data(graph_iri, graph)
        if self._ox is not None:
            self._ox.update(update)
        else:
            self._remote.update(update)

    def remove_article(self, article_id: str) -> None:
        update = f"DROP SILENT GRAPH <{iris.graph(article_id)}>"
        self._ox.update(update) if self._ox is not None else self._remote.update(update)

    def optimize(self) -> None:
        """Compact the on-disk store after writing: without it, lookups on a large store are ~1.7x slower (measured)."""
        if self._ox is not None and not self.read_only:
            self._ox.optimize()

    # ------------------------------------------------------------------ reading
    def query(self, sparql: str) -> list[dict[str, str | None]]:
        """SELECT/ASK rows as dicts of plain strings (union of all article graphs as default graph)."""
        if self._ox is not None:
            return ox_rows(self._ox, sparql)
        res = self.dataset.query(sparql)
        if res.type == "ASK":
            return [{"result": str(bool(res.askAnswer)).lower()}]
        return [{str(v): _plain(row[i]) for i, v in enumerate(res.vars)} for row in res]

    def articles(self) -> list[str]:
        rows = self.query("PREFIX simpul: <https://simpul.id/ontology#> "
                          "SELECT DISTINCT ?id WHERE { ?a simpul:articleId ?id } ORDER BY ?id")
        return [r["id"] for r in rows]

    def graph_of(self, article_id: str) -> Graph:
        """A copy of one article's named graph."""
        return self._construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iris.graph(article_id)}> {{ ?s ?p ?o }} }}")

    def __len__(self) -> int:
        rows = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(rows[0]["n"])

    def union_graph(self) -> Graph:
        """Every article graph merged into one in-memory rdflib Graph (Oxigraph writes, rdflib parses once)."""
        return self._construct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")

    def _construct(self, q: str) -> Graph:
        import pyoxigraph as ox

        g = Graph()
        if self._ox is not None:
            data = self._ox.query(q).serialize(format=ox.RdfFormat.N_TRIPLES)
            g.parse(data=data.decode("utf-8"), format="nt")
        else:
            g += self.dataset.query(q).graph
        return g

    def dump(self, path: Path, fmt: str) -> None:
        """Native Oxigraph serialisation (much faster than rdflib's writers on large graphs)."""
        import pyoxigraph as ox

        formats = {"nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}
        if self._ox is None or fmt not in formats:
            raise ValueError(f"native dump supports {sorted(formats)} on a local store")
        self._ox.dump(str(path), formats[fmt])

    def close(self) -> None:
        if self._ox is not None and not self.read_only:
            self._ox.flush()  # close() does not flush (DESIGN.md)
        # drop every reference, so RocksDB really closes before another process (or a read-only reader) opens it
        self._ox = None
        self.dataset = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None


@contextmanager
def open_store(location: str | Path, read_only: bool = False) -> Iterator[KGStore]:
    store = KGStore(location, read_only)
    try:
        yield store
    finally:
        store.close()


__all__ = ["KGStore", "StoreInUseError", "open_store"]
