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
    seconds: float
    threads: int

    def __str__(self) -> str:
        return (f"model load {self.load_s:.2f}s | {self.sentences} sentences, {self.tokens} tokens in {self.seconds:.2f}s "
                f"on {self.threads} threads -> {self.sentences / self.seconds:.0f} sentences/s, "
                f"{self.tokens / self.seconds:.0f} tokens/s")


def bench_nlp(texts: list[str], threads: int = 2, model_dir: Path | None = None) -> NLPBench:
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
    return NLPBench(load, n_s, n_t, time.perf_counter() - t1, threads)


def corpus_texts(path: Path, limit: int = 200) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [line.split(" . ", 1)[-1] for _, line in zip(range(limit), fh)]
