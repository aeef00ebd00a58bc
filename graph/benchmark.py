"""Store and network benchmarks: real article graphs replicated to a large store, timed on Oxigraph and rdflib."""
from __future__ import annotations

import gc
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDFS, Dataset, Graph, Literal, URIRef
from tqdm import tqdm

from simpul.ontology.namespace import DATA, SIMPUL

from . import iris
from .queries import list_queries, load_query
from .resolve import RECORDS, records_from_rows, resolve
from .store import ox_rows

# Per-copy IRIs: people, articles, graphs, facts and evidence. Regions, governments, bodies and roles are shared,
# as they would be across many real articles about the same regions.
_SHARED_PREFIXES = tuple(str(DATA[p]) for p in ("region/", "gov/", "body/"))
_PERSON = str(DATA["person/"])


@dataclass
class QueryTiming:
    name: str
    rows: int
    oxigraph_s: float
    rdflib_s: float | None = None
    rdflib_timed_out: bool = False  # rdflib_s is then the time limit: a lower bound

    @property
    def speedup(self) -> float | None:
        return self.rdflib_s / self.oxigraph_s if self.rdflib_s and self.oxigraph_s else None


@dataclass
class StoreBench:
    triples: int
    copies: int
    load_s: float
    rdflib_load_s: float | None
    timings: list[QueryTiming] = field(default_factory=list)
    resolve_s: float | None = None  # cross-article person resolution over the whole store, as after a build
    resolve_people: int = 0

    def table(self) -> str:
        head = f"{'query':<22} {'rows':>7} {'oxigraph ms':>12} {'rdflib ms':>11} {'speed-up':>9}"
        out = [f"store: {self.triples:,} triples ({self.copies} copies of the built article graphs); "
               f"Oxigraph bulk load {self.load_s:.1f}s"
               + (f", rdflib in-memory load {self.rdflib_load_s:.1f}s" if self.rdflib_load_s else ""), head,
               "-" * len(head)]
        for t in self.timings:
            more = ">" if t.rdflib_timed_out else ""
            rd = f"{more + format(t.rdflib_s * 1000, '.0f'):>11}" if t.rdflib_s is not None else f"{'-':>11}"
            sp = f"{more + format(t.speedup, '.1f') + 'x':>9}" if t.speedup else f"{'-':>9}"
            out.append(f"{t.name:<22} {t.rows:>7} {t.oxigraph_s * 1000:12.1f} {rd} {sp}")
        if self.resolve_s is not None:
            out.append(f"person resolution over the store ({self.resolve_people:,} people): {self.resolve_s:.1f}s")
        return "\n".join(out)


def _rename(term, suffix: str):
    if isinstance(term, URIRef) and str(term).startswith(str(DATA)) and not str(term).startswith(_SHARED_PREFIXES):
        return URIRef(f"{term}-{suffix}")
    return term


def _copy(triple, sfx: str) -> tuple:
    """One triple of copy ``sfx``: per-copy IRIs, article ids and person names, so copies never merge."""
    s, p, o = triple
    s2, o2 = _rename(s, sfx), _rename(o, sfx)
    if isinstance(o, Literal) and (p == SIMPUL.articleId or (p == RDFS.label and str(s).startswith(_PERSON))):
        o2 = Literal(f"{o} {sfx}", datatype=o.datatype, lang=o.language)
    return s2, p, o2


def replicate(graphs: dict[str, Graph], target_triples: int) -> tuple[list[tuple], int]:
    """N-Quads-ready quads: the article graphs copied (with per-copy people and articles) until ``target_triples``."""
    base = [(iris.graph(aid), list(g)) for aid, g in graphs.items()]
    per_round = sum(len(t) for _, t in base)
    if per_round == 0:
        raise ValueError("no triples to replicate: build some articles first")
    copies = -(-target_triples // per_round)
    quads = []
    for i in tqdm(range(copies), desc="replicate", unit="copy", leave=False):
        sfx = f"r{i}"
        for giri, triples in base:
            g = _rename(giri, sfx)
            quads.extend((*_copy(t, sfx), g) for t in triples)
    return quads, copies


def _nquads(quads: list[tuple]) -> bytes:
    return "".join(f"{s.n3()} {p.n3()} {o.n3()} {g.n3()} .\n" for s, p, o, g in quads).encode("utf-8")


def _time(fn, repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


_RD: Dataset | None = None  # the rdflib dataset a forked child queries


def _rd_child(q: str, conn) -> None:
    t0 = time.perf_counter()
    n = len(list(_RD.query(q)))
    conn.send((n, time.perf_counter() - t0))


def _rdflib_time(ds: Dataset, q: str, limit: float) -> tuple[float, int | None]:
    """rdflib's time for one query, run in a forked child so a slow query can be stopped at ``limit`` seconds."""
    import multiprocessing as mp

    global _RD
    _RD = ds
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_rd_child, args=(q, child))
    proc.start()
    try:
        if parent.poll(limit):
            n, secs = parent.recv()
            return secs, n
        return limit, None
    finally:
        proc.kill()
        proc.join()


def bench_store(graphs: dict[str, Graph], workdir: Path, target_triples: int = 1_000_000, repeat: int = 3,
                with_rdflib: bool = True, rdflib_limit: float = 60.0) -> StoreBench:
    """Every ready-made query on a replicated store: Oxigraph on disk vs rdflib's in-memory Dataset, same data."""
    import pyoxigraph as ox

    quads, copies = replicate(graphs, target_triples)
    data = _nquads(quads)
    # a million rdflib terms left alive make every cyclic GC pass crawl them: the queries would pay for the harness
    del quads
    gc.collect()
    t0 = time.perf_counter()
    store = ox.Store(str(Path(workdir) / "bench-oxigraph"))
    store.bulk_load(data, ox.RdfFormat.N_QUADS)
    store.optimize()  # as `simpul build` does after writing
    store.flush()
    load_s = time.perf_counter() - t0
    n = len(store)
    # Oxigraph first, before rdflib's dataset fills the memory, so neither engine pays for the other
    result = StoreBench(n, copies, load_s, None)
    for name in tqdm(list_queries(), desc="oxigraph", unit="query", leave=False):
        q = load_query(name)
        ox_s, rows = _time(lambda: list(store.query(q, use_default_graph_as_union=True)), repeat)
        result.timings.append(QueryTiming(name, len(rows), ox_s))
    t0 = time.perf_counter()
    people = records_from_rows(ox_rows(store, RECORDS))
    resolve(people)
    result.resolve_s, result.resolve_people = time.perf_counter() - t0, len(people)
    if with_rdflib:
        t0 = time.perf_counter()
        ds = Dataset(default_union=True)
        ds.parse(data=data.decode("utf-8"), format="nquads")
        result.rdflib_load_s = time.perf_counter() - t0
        del data
        for t in tqdm(result.timings, desc="rdflib", unit="query", leave=False):
            rd_s, rd_n = _rdflib_time(ds, load_query(t.name), rdflib_limit)
            if rd_n is not None and rd_n != t.rows:
                raise AssertionError(f"{t.name}: rdflib returned {rd_n} rows, Oxigraph {t.rows}")
            t.rdflib_s, t.rdflib_timed_out = rd_s, rd_n is None
    return result


@dataclass
class NetworkBench:
    triples: int
    nodes: int
    edges: int
    coactor_nodes: int
    coactor_edges: int
    seconds: dict[str, float]

    def table(self) -> str:
        lines = [f"typed graph: {self.nodes:,} nodes, {self.edges:,} edges (from {self.triples:,} triples); "
                 f"co-actor projection: {self.coactor_nodes:,} nodes, {self.coactor_edges:,} edges"]
        lines += [f"{k:<34} {v:8.2f} s" for k, v in self.seconds.items()]
        return "\n".join(lines)


def bench_network(graphs: dict[str, Graph], workdir: Path, target_nodes: int = 100_000,
                  betweenness_k: int = 256) -> NetworkBench:
    """Project a replicated store with at least ``target_nodes`` typed nodes, then run every metric on it."""
    import pyoxigraph as ox

    from .analysis import communities, metrics
    from .network import coactor_graph, project
    from .store import open_store

    # nodes grow linearly with copies (shared regions and bodies aside): size the store from a two-copy probe
    triples_per_round = sum(len(g) for g in graphs.values())
    sizes = []
    for k in (1, 2):
        probe = ox.Store()
        probe.bulk_load(_nquads(replicate(graphs, k * triples_per_round)[0]), ox.RdfFormat.N_QUADS)
        sizes.append(len(project(_OxSource(probe))))
    per_copy = max(1, sizes[1] - sizes[0])
    rounds = max(1, -(-(target_nodes - sizes[0]) // per_copy) + 1)
    quads, _ = replicate(graphs, rounds * triples_per_round)
    path = Path(workdir) / "net"
    (path / "oxigraph").mkdir(parents=True, exist_ok=True)
    st = ox.Store(str(path / "oxigraph"))
    st.bulk_load(_nquads(quads), ox.RdfFormat.N_QUADS)
    st.flush()
    del st, quads
    secs: dict[str, float] = {}
    with open_store(path, read_only=True) as kg:
        t0 = time.perf_counter()
        G = project(kg)
        secs["project RDF -> typed multigraph"] = time.perf_counter() - t0
        triples = len(kg)
    t0 = time.perf_counter()
    H = coactor_graph(G)
    secs["co-actor projection"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    metrics(H, betweenness_k=betweenness_k)
    secs[f"degree+betweenness(k={betweenness_k})+PageRank"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    communities(H)
    secs["Louvain communities"] = time.perf_counter() - t0
    return NetworkBench(triples, G.number_of_nodes(), G.number_of_edges(), H.number_of_nodes(), H.number_of_edges(), secs)


class _OxSource:
    """A bare pyoxigraph store seen through the KGStore query interface."""

    def __init__(self, store):
        self._ox = store

    def query(self, sparql: str) -> list[dict]:
        return ox_rows(self._ox, sparql)


def graphs_from_store(location: str | Path) -> dict[str, Graph]:
    from .store import open_store

    with open_store(location, read_only=True) as kg:
        return {aid: kg.graph_of(aid) for aid in kg.articles()}
