"""Speed of the loaded pipeline: model load time, sentences/s and tokens/s (tokenise + NER)."""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from .records import Article


@dataclass
class NLPBench:
    load_s: float
    sentences: int
    tokens: int
    seconds: float  # one article at a time, as `simpul extract` tags
    threads: int
    group: int  # articles tagged together by `simpul build`
    group_seconds: float

    def __str__(self) -> str:
        def rate(seconds: float) -> str:
            return (f"{seconds:.2f}s -> {self.sentences / seconds:.0f} sentences/s, "
                    f"{self.tokens / seconds:.0f} tokens/s")

        return (f"model load {self.load_s:.2f}s | {self.sentences} sentences, {self.tokens} tokens on {self.threads} "
                f"threads | one article at a time: {rate(self.seconds)} | {self.group} at a time (as `simpul build`): "
                f"{rate(self.group_seconds)}")


def bench_nlp(texts: list[str], threads: int = 2, model_dir: Path | None = None, group: int | None = None) -> NLPBench:
    """Loads the pipeline, then tags ``texts`` (articles) one at a time, as ``NLP.process`` does, and ``group`` at a
    time (default: as `simpul build` groups them), as ``NLP.process_many`` does."""
    from .nlp import MODEL_DIR, TAG_GROUP, load_nlp

    group = group or TAG_GROUP
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    t0 = time.perf_counter()
    nlp = load_nlp(model_dir or MODEL_DIR, threads=threads)
    load = time.perf_counter() - t0
    nlp.process(articles[0])  # warm-up
    t1 = time.perf_counter()
    docs = [nlp.process(a) for a in articles]
    one = time.perf_counter() - t1
    t2 = time.perf_counter()
    grouped_docs = [d for i in range(0, len(articles), group) for d in nlp.process_many(articles[i:i + group])]
    grouped = time.perf_counter() - t2
    n_s = sum(len(d.sentences) for d in docs)
    assert n_s == sum(len(d.sentences) for d in grouped_docs), "the same sentences either way"
    return NLPBench(load, n_s, sum(len(s.tokens) for d in docs for s in d.sentences), one, threads, group, grouped)


def corpus_texts(path: Path, limit: int = 200) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [line.split(" . ", 1)[-1] for _, line in zip(range(limit), fh)]
