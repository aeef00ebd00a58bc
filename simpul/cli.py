"""`simpul` command line: each command is a thin call into the library."""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(help="Indonesian regional-government news -> knowledge graph of posts and directives.",
                  no_args_is_help=True, add_completion=False)
train_app = typer.Typer(help="Train the project's models from ../shared/data.", no_args_is_help=True)
eval_app = typer.Typer(help="Evaluate NER and facts against gold data.", no_args_is_help=True)
bench_app = typer.Typer(help="Benchmarks that print their numbers.", no_args_is_help=True)
app.add_typer(train_app, name="train")
app.add_typer(eval_app, name="eval")
app.add_typer(bench_app, name="bench")

DEFAULT_STORE = Path("out/store")
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _fail(msg: str) -> None:
    typer.secho(f"error: {msg}", fg=typer.colors.RED, err=True)
    raise typer.Exit(2)


def _checked(option: str, check, *args):
    """``check(*args)``'s result; its ValueError becomes a clear error naming ``option``."""
    try:
        return check(*args)
    except ValueError as exc:
        _fail(f"{option}: {exc}")


def _load_nlp(model_dir: Optional[Path], head: int = 0):
    """The Stanza pipeline from model_dir (default: the shipped model); a missing model is a clear error."""
    from simpul.extract.nlp import MODEL_DIR, ModelMissingError, NoSuchHeadError, load_nlp

    try:
        return load_nlp(model_dir or MODEL_DIR, threads=2, head=head)
    except (ModelMissingError, NoSuchHeadError) as exc:
        _fail(str(exc))


@app.command()
def build(inputs: List[Path] = typer.Argument(..., help=".txt, .html, .jsonl files or folders"),
          store: str = typer.Option(str(DEFAULT_STORE), help="store folder or SPARQL endpoint URL")) -> None:
    """Build (or update) the knowledge graph from articles."""
    from simpul.graph.store import StoreInUseError
    from simpul.pipeline import build as run_build

    try:
        report = run_build(inputs, store)
    except StoreInUseError as exc:
        _fail(str(exc))
    typer.echo(report.summary())


@app.command()
def extract(file: Path, as_json: bool = typer.Option(False, "--json", help="print JSON instead of a table")) -> None:
    """Facts of one article."""
    from simpul.extract.factsio import facts_table, facts_to_json
    from simpul.extract.ingest import read_inputs
    from simpul.extract.records import IngestError
    from simpul.pipeline import extract_article

    items = list(read_inputs([file]))
    errors = [i for i in items if isinstance(i, IngestError)]
    for e in errors:
        typer.secho(f"skipped {e}", fg=typer.colors.YELLOW, err=True)
    facts = [extract_article(a) for a in items if not isinstance(a, IngestError)]
    if not facts:
        _fail(f"no readable article in {file}")
    typer.echo(json.dumps([facts_to_json(f) for f in facts], ensure_ascii=False, indent=1) if as_json
               else "\n\n".join(facts_table(f) for f in facts))


@app.command()
def query(sparql: Optional[str] = typer.Argument(None, help="a SPARQL query (or @file.rq)"),
          name: Optional[str] = typer.Option(None, "--name", help="a ready-made query from graph/queries"),
          param: List[str] = typer.Option([], "--param", help="k=v parameters of a ready-made query"),
          fmt: str = typer.Option("table", "--format", help="table|csv|json"),
          store: str = typer.Option(str(DEFAULT_STORE))) -> None:
    """Run SPARQL or a ready-made query against the store."""
    from simpul.graph.queries import format_rows, list_queries, load_query, sort_rows
    from simpul.graph.store import open_store

    if fmt not in ("table", "csv", "json"):
        _fail("--format must be table, csv or json")
    if (sparql is None) == (name is None):
        _fail(f"give a SPARQL query or --name (one of: {', '.join(list_queries())})")
    params = dict(p.split("=", 1) for p in param if "=" in p)
    text = load_query(name, params) if name else (Path(sparql[1:]).read_text() if sparql.startswith("@") else sparql)
    with open_store(store, read_only=True) as kg:
        rows = kg.query(text)
    if name and "ORDER BY" not in text.upper():
        rows = sort_rows(rows)
    typer.echo(format_rows(rows, fmt))


@app.command()
def export(out: Path, fmt: str = typer.Option("ttl", "--format", help="ttl|trig|nq|jsonld"),
           store: str = typer.Option(str(DEFAULT_STORE))) -> None:
    """Export the store (Turtle, TriG, N-Quads, JSON-LD)."""
    from simpul.graph.export import export_store
    from simpul.graph.store import open_store

    with open_store(store, read_only=True) as kg:
        n = export_store(kg, out, fmt)
    typer.echo(f"wrote {n} triples to {out}")


@app.command()
def validate(store: str = typer.Option(str(DEFAULT_STORE))) -> None:
    """Validate the store against ontology/shapes.ttl (SHACL, inference off)."""
    from simpul.graph.store import open_store
    from simpul.graph.validate import validate as run_validate

    with open_store(store, read_only=True) as kg:
        ok, report = run_validate(kg)
    typer.echo(report)
    if not ok:
        raise typer.Exit(1)


@app.command()
def serve(store: str = typer.Option(str(DEFAULT_STORE)), host: str = "127.0.0.1", port: int = 7878,
          timeout: float = typer.Option(10.0, help="query timeout in seconds"),
          limit: int = typer.Option(10000, help="row limit")) -> None:
    """Read-only SPARQL 1.1 endpoint over the store."""
    from simpul.graph.serve import serve as run_serve

    run_serve(store, host=host, port=port, timeout=timeout, row_limit=limit)


@app.command()
def draw(out: Path, region: Optional[str] = typer.Option(None, help="Kemendagri code, e.g. 35.09"),
         ego: Optional[str] = typer.Option(None, help="centre the figure on this person"),
         depth: int = typer.Option(2), since: Optional[str] = typer.Option(None, help="YYYY-MM-DD"),
         timeline: bool = typer.Option(False, help="draw the directives timeline instead"),
         store: str = typer.Option(str(DEFAULT_STORE))) -> None:
    """Draw the actor network (png, svg or pdf)."""
    from simpul.graph.draw import draw_from_store

    with_store(store, lambda kg: draw_from_store(kg, out, region=region, ego=ego, depth=depth, since=since,
                                                 timeline=timeline))
    typer.echo(f"wrote {out}")


@app.command()
def stats(top: int = typer.Option(15), store: str = typer.Option(str(DEFAULT_STORE))) -> None:
    """The most central actors with their posts."""
    from simpul.graph.analysis import stats_table

    typer.echo(with_store(store, lambda kg: stats_table(kg, top=top)))


@app.command("network-export")
def network_export(out: Path, store: str = typer.Option(str(DEFAULT_STORE))) -> None:
    """Export the actor network as GraphML, GEXF or CSV edge list (by the file ending)."""
    from simpul.graph.netexport import export_network

    with_store(store, lambda kg: export_network(kg, out))
    typer.echo(f"wrote {out}")


def with_store(store: str, fn):
    from simpul.graph.store import open_store

    with open_store(store, read_only=True) as kg:
        return fn(kg)


def _repeat_spec(spec: str, option: str = "--repeat") -> tuple[tuple[str, int], ...]:
    """"nergrit=3,nerp=2" -> (("nergrit", 3), ("nerp", 2)); a clear error for anything else."""
    from simpul.extract.train_ner import check_set_names

    if spec.strip().lower() == "none":
        return ()
    out: list[tuple[str, int]] = []
    for part in filter(None, (x.strip() for x in spec.split(","))):
        name, _, k = part.partition("=")
        if not k.isdigit() or int(k) < 1:
            _fail(f"{option}: {part!r} needs a whole number of times >= 1, e.g. {name}=3")
        out.append((name, int(k)))
    _checked(option, check_set_names, [n for n, _ in out])
    return tuple(out)


@train_app.command("ner")
def train_ner(shared: Path = typer.Option(SHARED, help="the shared/ folder with data/"),
              work: Path = typer.Option(Path("work-train"), help="scratch folder"),
              max_steps: int = typer.Option(12000), seed: int = typer.Option(1234),
              silver: bool = typer.Option(False, help="add silver government-news sentences (measured: no gain, see REPORT)"),
              out_dir: Optional[Path] = typer.Option(None, help="where the model files go (default: the package)"),
              truecase_nerp: bool = typer.Option(False, help="also show NERP (lower-cased) truecased"),
              lower_fraction: float = typer.Option(0.0, help="share of cased sentences also shown lower-cased"),
              cased_sets: str = typer.Option("nergrit,idner,nerugm,nerui", help="cased training sets, comma-separated"),
              repeat: str = typer.Option("nergrit=3,nerp=2", help="show training sets k times: SET=k,... or none"),
              swap_names: str = typer.Option("none", help="also show each sentence of SET with an entity k times with DBpedia gazetteer names swapped in: SET=k,... or none"),
              threads: int = typer.Option(2, help="torch threads for training"),
              vectors: str = typer.Option("word2vec", help="word vectors: word2vec or fasttext"),
              vector_dim: int = typer.Option(100, help="word vector dimension (the tagger's word input follows it)"),
              vector_epochs: int = typer.Option(8, help="word vector training passes over the text"),
              max_vocab: int = typer.Option(50000, help="most frequent words kept in the shipped vector table"),
              gazetteer_vectors: bool = typer.Option(False, help="add the DBpedia gazetteer's words the vector table lacks, each at its type's centroid (measured: no clear gain, slower load; REPORT)"),
              reuse_vectors: bool = typer.Option(False, help="keep WORK/pretrain.pt from an earlier run with the same settings and text"),
              charlm: bool = typer.Option(False, help="also train and use character language models (measured: slower, no gain; REPORT)"),
              reuse_charlm: bool = typer.Option(False, help="keep WORK/charlm/ from an earlier run with the same settings and text"),
              second_optim: Optional[str] = typer.Option(None, help="an optimiser Stanza knows (adam, adamw, sgd, ...): train on from the best model once SGD stalls"),
              second_lr: float = typer.Option(0.005, help="learning rate of --second-optim"),
              head: List[str] = typer.Option([], help="a training set that also gets an output head of its own (repeatable)"),
              keep_type: List[str] = typer.Option([], help="EVT or FNB: train NERP's events or foods as a type of their own instead of O (repeatable; the graph uses PER/LOC/ORG only)"),
              train_on_valid: bool = typer.Option(False, help="also train on NERP's and NERGrit's valid splits; the dev score then comes from idner-news-2k dev"),
              fixed_steps: bool = typer.Option(False, help="train exactly --max-steps steps and keep that model (no dev-picked checkpoint, no early stop)"),
              lm_steps: int = typer.Option(0, help="batches of language-model pretraining of the tagger's encoder on the corpus before NER training (0: off)"),
              lm_vocab: int = typer.Option(20000, help="words the pretraining predicts (the rest count as one unknown word)"),
              reuse_lm: bool = typer.Option(False, help="keep WORK/lm-init.pt from an earlier run with the same settings, tagger, files and text"),
              tagger_arg: List[str] = typer.Option([], help="a further Stanza tagger option, NAME=VALUE or NAME (repeatable)")) -> None:
    """Train word vectors, character language models and the Stanza NER tagger; writes the model files into the package."""
    from simpul.extract.train_ner import (CASED_SETS_FILES, MODEL_DIR, TrainConfig, check_set_names,
                                          check_keep_types, check_lm, check_optimizer, tagger_args, train)
    from simpul.extract.wordvec import check_vector_kind, check_vector_sizes
    from simpul.extract.gazetteer import GazetteerError
    from simpul.extract.workstamp import StaleWorkFileError

    if not (shared / "data" / "ner").is_dir():
        _fail(f"{shared}/data/ner not found")
    logging.basicConfig(level=logging.INFO)
    sets = tuple(x.strip() for x in cased_sets.split(",") if x.strip())
    unknown = [x for x in sets if x not in CASED_SETS_FILES]
    if unknown:
        _fail(f"unknown training sets {unknown}; choose from {sorted(CASED_SETS_FILES)}")
    _checked("--vectors", check_vector_kind, vectors)
    _checked("--vector-dim/--vector-epochs/--max-vocab", check_vector_sizes, vector_dim, vector_epochs, max_vocab)
    times = _repeat_spec(repeat)
    swaps = _repeat_spec(swap_names, "--swap-names")
    if second_optim is not None:
        _checked("--second-optim", check_optimizer, second_optim)
    _checked("--head", check_set_names, head)
    _checked("--keep-type", check_keep_types, keep_type)
    extra = _checked("--tagger-arg", tagger_args, tagger_arg)
    cfg = TrainConfig(shared=shared, work=work, out_dir=out_dir or MODEL_DIR, max_steps=max_steps, seed=seed,
                      use_silver=silver, truecase_nerp=truecase_nerp, lower_fraction=lower_fraction,
                      cased_sets=sets, threads=threads, vec_kind=vectors, vec_dim=vector_dim,
                      vec_epochs=vector_epochs, max_vocab=max_vocab, gazetteer_vectors=gazetteer_vectors,
                      reuse_vectors=reuse_vectors, charlm=charlm,
                      reuse_charlm=reuse_charlm, repeat=times, swap=swaps, second_optim=second_optim, second_lr=second_lr,
                      heads=tuple(head), keep_types=tuple(keep_type), train_on_valid=train_on_valid,
                      fixed_steps=fixed_steps, lm_steps=lm_steps, lm_vocab=lm_vocab, reuse_lm=reuse_lm,
                      tagger_args=extra)
    _checked("--lm-steps/--lm-vocab/--reuse-lm/--head", check_lm, cfg)
    try:
        report = train(cfg)
    except (StaleWorkFileError, GazetteerError) as exc:
        _fail(str(exc))
    typer.echo(json.dumps(report, indent=1, ensure_ascii=False))


@eval_app.command("ner")
def eval_ner(files: List[Path], fmt: str = typer.Option("conll", "--format", help="bio|conll"),
             model_dir: Optional[Path] = typer.Option(None, help="model folder to score (default: the shipped model)"),
             head: int = typer.Option(0, help="output head to score: 0 is trained on every set, 1.. on the sets "
                                              "`train ner --head` named, in that order"),
             bootstrap: int = typer.Option(0, help="resamples for a 95 % bootstrap interval of micro F1 (0: none)"),
             against: Optional[Path] = typer.Option(None, help="another model folder: also scored, and the difference "
                                                               "in micro F1 given with a paired bootstrap interval")) -> None:
    """Entity-level P/R/F1 per type and micro-averaged (tags mapped to PER/LOC/ORG)."""
    from simpul.extract.bootstrap import micro_f1_interval, paired_difference
    from simpul.extract.evalner import evaluate_file

    if fmt not in ("bio", "conll"):
        _fail("--format must be bio or conll")
    if bootstrap < 0 or (against and not bootstrap):
        _fail("--bootstrap needs a number of resamples >= 1 (--against compares by bootstrap)")
    nlp = _load_nlp(model_dir, head)
    other = _load_nlp(against, head) if against else None
    for f in files:
        scores = evaluate_file(nlp, f)
        typer.echo(scores.table(str(f) + (f" (head {head})" if head else "")))
        if bootstrap:
            typer.echo(f"micro F1 {micro_f1_interval(scores, bootstrap).text()}")
        if other is not None:
            theirs = evaluate_file(other, f)
            typer.echo(theirs.table(f"{f} with {against}"))
            typer.echo(f"micro F1 {micro_f1_interval(theirs, bootstrap).text()}")
            diff, share = paired_difference(scores, theirs, bootstrap)
            typer.echo(f"difference in micro F1 {diff.text()}; higher in {100 * share:.1f} % of resamples")
        typer.echo("")


@eval_app.command("facts")
def eval_facts(gold_dir: Path, shared: Path = typer.Option(SHARED),
               show: int = typer.Option(20, help="misses/false positives to list"),
               model_dir: Optional[Path] = typer.Option(None, help="NER model folder (default: the shipped model)")) -> None:
    """P/R/F1 of holds (strict, loose) and directives against gold files."""
    from simpul.extract.evaluate import evaluate_facts, format_report
    from simpul.extract.goldfile import gold_article, load_gold
    from simpul.pipeline import extract_article

    gold = load_gold(gold_dir, shared)
    if not gold:
        _fail(f"no gold files in {gold_dir}")
    nlp = _load_nlp(model_dir)
    report = evaluate_facts(gold, lambda g: extract_article(gold_article(g), nlp))
    typer.echo(format_report(report, show=show))


@eval_app.command("persons")
def eval_persons(gold_dirs: List[Path] = typer.Argument(..., help="gold folders, e.g. ../shared/dev-gold tests/gold/detik"),
                 shared: Path = typer.Option(SHARED),
                 model_dir: Optional[Path] = typer.Option(None, help="NER model folder (default: the shipped model)")) -> None:
    """Gold persons found as PER spans, and PER spans that swallowed a role word."""
    from simpul.extract.evalpersons import person_spans
    from simpul.extract.goldfile import load_gold

    golds = {d: load_gold(d, shared) for d in gold_dirs}
    empty = [str(d) for d, g in golds.items() if not g]
    if empty:
        _fail(f"no gold files in {', '.join(empty)}")
    nlp = _load_nlp(model_dir)
    for d, gold in golds.items():
        typer.echo(person_spans(gold, nlp, name=str(d)).summary())


@eval_app.command("silver")
def eval_silver(shared: Path = typer.Option(SHARED), limit: Optional[int] = typer.Option(None, help="first N articles only"),
                show: int = typer.Option(15, help="misses to list"),
                model_dir: Optional[Path] = typer.Option(None, help="NER model folder (default: the shipped model)")) -> None:
    """Recall of the detik silver government "Title Name" mentions as extracted holds."""
    from simpul.extract.silvercheck import silver_recall
    from simpul.pipeline import extract_article

    nlp = _load_nlp(model_dir)
    typer.echo(silver_recall(shared, lambda art: extract_article(art, nlp), limit).summary(show))


@bench_app.command("nlp")
def bench_nlp(shared: Path = typer.Option(SHARED), articles: int = typer.Option(300),
              threads: int = typer.Option(2),
              model_dir: Optional[Path] = typer.Option(None, help="model folder to time (default: the shipped model)")) -> None:
    """Model load time, sentences/s and tokens/s of tokenise + NER on detik articles, tagged one at a time and as
    `simpul build` groups them."""
    from simpul.extract.benchmark import bench_nlp as run, corpus_texts
    from simpul.extract.nlp import ModelMissingError

    texts = corpus_texts(shared / "data" / "corpus" / "detik2025_gabriellaclairine.txt", articles)
    try:
        typer.echo(str(run(texts, threads, model_dir)))
    except ModelMissingError as exc:
        _fail(str(exc))


def _bench_graphs(inputs: List[Path], workdir: Path) -> dict:
    """Build the inputs with the real pipeline; print build time and triples per article; return their graphs."""
    import time

    from simpul.extract.nlp import load_nlp
    from simpul.graph.benchmark import graphs_from_store
    from simpul.pipeline import build as run_build

    t0 = time.perf_counter()
    nlp = load_nlp()
    load_s = time.perf_counter() - t0
    report = run_build(inputs, workdir / "built", nlp=nlp)
    graphs = graphs_from_store(workdir / "built")
    n = max(1, report.articles)
    typer.echo(f"build: {report.articles} articles in {report.seconds:.1f}s = {report.seconds / n:.2f} s/article "
               f"(model load {load_s:.1f}s not included); {sum(len(g) for g in graphs.values()) / n:.0f} triples/article")
    return graphs


def _default_bench_inputs() -> List[Path]:
    root = Path(__file__).resolve().parents[1]
    return [p for p in (root / "examples", SHARED / "seeds") if p.exists()]


@bench_app.command("graph")
def bench_graph(inputs: Optional[List[Path]] = typer.Argument(None, help="articles to build (default: examples/ and ../shared/seeds)"),
                triples: int = typer.Option(1_000_000, help="size of the replicated store"),
                rdflib: bool = typer.Option(True, help="also time rdflib's in-memory store on the same data"),
                repeat: int = typer.Option(3, help="Oxigraph runs per query (median)"),
                rdflib_limit: float = typer.Option(60.0, help="seconds before an rdflib query is stopped")) -> None:
    """Build time and triples per article; every ready-made query on a large store, Oxigraph vs rdflib."""
    import tempfile

    from simpul.graph.benchmark import bench_store

    with tempfile.TemporaryDirectory(prefix="simpul-bench-") as tmp:
        graphs = _bench_graphs(inputs or _default_bench_inputs(), Path(tmp))
        typer.echo(bench_store(graphs, Path(tmp), triples, repeat=repeat, with_rdflib=rdflib,
                                rdflib_limit=rdflib_limit).table())


@bench_app.command("network")
def bench_network(inputs: Optional[List[Path]] = typer.Argument(None, help="articles to build (default: examples/ and ../shared/seeds)"),
                  nodes: int = typer.Option(100_000, help="typed nodes in the replicated graph"),
                  betweenness_k: int = typer.Option(256, help="pivots for sampled betweenness")) -> None:
    """Projection, centrality and communities on a large actor network (replicated real graphs)."""
    import tempfile

    from simpul.graph.benchmark import bench_network as run

    with tempfile.TemporaryDirectory(prefix="simpul-bench-") as tmp:
        graphs = _bench_graphs(inputs or _default_bench_inputs(), Path(tmp))
        typer.echo(run(graphs, Path(tmp), nodes, betweenness_k).table())


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
