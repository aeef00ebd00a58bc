"""Speed of the loaded pipeline: model load time, sentences/s and tokens/s (tokenise + NER)."""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from .tokenize import split_sentences


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


def bench_nlp(texts: list[str], threads: int = 2, model_dir: Path | None = None, group: int = 8) -> NLPBench:
    """Loads the pipeline, then tags ``texts`` (articles) one at a time and ``group`` at a time."""
    from .nlp import MODEL_DIR, load_nlp

    t0 = time.perf_counter()
    nlp = load_nlp(model_dir or MODEL_DIR, threads=threads)
    load = time.perf_counter() - t0
    nlp.annotate(split_sentences(texts[0]))  # warm-up
    t1 = time.perf_counter()
    n_s = n_t = 0
    for text in texts:
        sents = nlp.annotate(split_sentences(text))
        n_s += len(sents)
        n_t += sum(len(s.tokens) for s in sents)
    one = time.perf_counter() - t1
    t2 = time.perf_counter()
    n_g = 0
    for i in range(0, len(texts), group):
        n_g += len(nlp.annotate([s for text in texts[i:i + group] for s in split_sentences(text)]))
    grouped = time.perf_counter() - t2
    assert n_g == n_s, "the same sentences either way"
    return NLPBench(load, n_s, n_t, one, threads, group, grouped)


def corpus_texts(path: Path, limit: int = 200) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [line.split(" . ", 1)[-1] for _, line in zip(range(limit), fh)]
