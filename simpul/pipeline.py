"""Wires the stages: ingest -> nlp -> extract -> graph. Thin on purpose; each stage lives in its own package."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from tqdm import tqdm

from simpul import __version__
from simpul.extract.records import Article, ArticleFacts, IngestError

log = logging.getLogger(__name__)
EXTRACTOR_VERSION = f"simpul-{__version__}"


@dataclass
class BuildReport:
    articles: int = 0
    holds: int = 0
    directives: int = 0
    quotes: int = 0
    events: int = 0
    triples: int = 0  # triples in the store after the build
    person_matches: int = 0  # owl:sameAs links between name forms across the whole store
    errors: list[IngestError] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        lines = [f"{self.articles} articles, {self.holds} holds, {self.directives} directives, {self.quotes} quotes, "
                 f"{self.events} events -> {self.triples} triples in {self.seconds:.1f}s"
                 + (f"; {self.person_matches} name variants linked across articles" if self.person_matches else "")]
        lines += [f"skipped {e}" for e in self.errors]
        return "\n".join(lines)


def extract_article(article: Article, nlp=None) -> ArticleFacts:
    """Facts of one article (loads the NLP pipeline when none is given)."""
    from simpul.extract.facts import extract_facts
    from simpul.extract.nlp import load_nlp

    nlp = nlp or load_nlp()
    return extract_facts(nlp.process(article))


def _chunks(items: list, size: int) -> Iterable[list]:
    return (items[i:i + size] for i in range(0, len(items), size))


def _tagged(nlp, articles: list[Article]) -> list:
    """The articles' tagged Docs, tagged together; when that fails, Nones: each article is then tagged on its own,
    so that only the one that breaks the tagger is reported."""
    try:
        return nlp.process_many(articles)
    except Exception:
        log.warning("tagging %d articles together failed; tagging them one by one", len(articles), exc_info=True)
        return [None] * len(articles)


def build(inputs: Iterable[str | Path], store: str | Path, nlp=None, progress: bool = True) -> BuildReport:
    """Read every input, extract facts and replace each article's named graph in the store.

    A bad input or a failing article is reported in ``BuildReport.errors`` and the build goes on; each
    article is written in one transaction, so the store only ever holds whole articles.
    """
    from simpul.extract.facts import extract_facts
    from simpul.extract.ingest import read_inputs
    from simpul.extract.nlp import TAG_GROUP, load_nlp
    from simpul.graph.rdf import ONTOLOGY_GRAPH, facts_to_graph, ontology_graph
    from simpul.graph.resolve import resolve_store
    from simpul.graph.store import open_store

    t0 = time.time()
    report = BuildReport()
    items = list(read_inputs([Path(p) if not str(p).startswith(("http://", "https://")) else p for p in inputs]))
    report.errors.extend(i for i in items if isinstance(i, IngestError))
    articles = [i for i in items if isinstance(i, Article)]
    nlp = nlp or load_nlp()
    built_at = datetime.now(timezone.utc)
    with open_store(store) as kg, tqdm(total=len(articles), desc="build", unit="article", disable=not progress) as bar:
        kg.replace_graph(ONTOLOGY_GRAPH, ontology_graph())
        for chunk in _chunks(articles, TAG_GROUP):
            for art, doc in zip(chunk, _tagged(nlp, chunk)):
                try:
                    facts = extract_facts(doc) if doc is not None else extract_article(art, nlp)
                    kg.replace_article(art.id, facts_to_graph(facts, EXTRACTOR_VERSION, built_at))
                except Exception as exc:  # one broken article must not stop the build
                    log.exception("article %s failed", art.id)
                    report.errors.append(IngestError(art.source or art.id, f"extraction failed: {exc!r}"))
                    continue
                finally:
                    bar.update()
                report.articles += 1
                report.holds += len(facts.holds)
                report.directives += len(facts.directives)
                report.quotes += len(facts.quotes)
                report.events += len(facts.events)
        report.person_matches = len(resolve_store(kg).same_as)
        kg.optimize()
        report.triples = len(kg)
    report.seconds = time.time() - t0
    return report
