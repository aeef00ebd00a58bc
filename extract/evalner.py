"""Entity-level NER evaluation (exact span and type match, seqeval's default semantics)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import nerdata
from .records import Sentence, Token


@dataclass
class NERScores:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    sentences: int = 0
    # (tp, fp, fn) of every sentence, all types together: what the bootstrap resamples
    per_sentence: list[tuple[int, int, int]] = field(default_factory=list)

    def add(self, gold: list[str], pred: list[str]) -> None:
        g, p = set(nerdata.spans(gold)), set(nerdata.spans(pred))
        self.sentences += 1
        self.per_sentence.append((len(g & p), len(p - g), len(g - p)))
        for typ, *_ in g & p:
            self.tp[typ] += 1
        for typ, *_ in p - g:
            self.fp[typ] += 1
        for typ, *_ in g - p:
            self.fn[typ] += 1

    def prf(self, typ: str | None = None) -> tuple[float, float, float, int]:
        pick = (lambda c: c[typ]) if typ else (lambda c: sum(c.values()))
        tp, fp, fn = pick(self.tp), pick(self.fp), pick(self.fn)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f, tp + fn

    def table(self, title: str = "") -> str:
        types = sorted(set(self.tp) | set(self.fp) | set(self.fn))
        rows = [f"{title}  ({self.sentences} sentences)", f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}{'support':>9}"]
        for t in types + [None]:
            p, r, f, n = self.prf(t)
            rows.append(f"{t or 'micro':<8}{100 * p:8.2f}{100 * r:8.2f}{100 * f:8.2f}{n:9d}")
        return "\n".join(rows)


def _as_sentence(tokens: list[str]) -> Sentence:
    toks, pos = [], 0
    for t in tokens:
        toks.append(Token(t, pos, pos + len(t)))
        pos += len(t) + 1
    return Sentence(0, " ".join(tokens), 0, pos - 1 if tokens else 0, toks)


def predict_tags(nlp, sents: list[list[str]]) -> list[list[str]]:
    """BIO tags the pipeline assigns to pre-tokenised sentences."""
    out = []
    batch = [_as_sentence(s) for s in sents]
    nlp.annotate(batch)
    for s in batch:
        tags = ["O"] * len(s.tokens)
        starts = {t.start: i for i, t in enumerate(s.tokens)}
        ends = {t.end: i for i, t in enumerate(s.tokens)}
        for e in s.entities:
            if e.start in starts and e.end in ends:
                a, b = starts[e.start], ends[e.end]
                tags[a] = "B-" + e.type
                for i in range(a + 1, b + 1):
                    tags[i] = "I-" + e.type
        out.append(tags)
    return out


def evaluate_file(nlp, path: Path, types: tuple[str, ...] = nerdata.TYPES) -> NERScores:
    """Scores on a token-per-line file (bio or conll columns); gold tags are mapped to PER/LOC/ORG."""
    gold = nerdata.read_conll(path)
    scores = NERScores()
    for i in range(0, len(gold), 256):
        chunk = gold[i:i + 256]
        for g, p in zip(chunk, predict_tags(nlp, [s.tokens for s in chunk])):
            keep = lambda tags: [t if t[2:] in types else "O" for t in tags]  # noqa: E731
            scores.add(keep(g.tags), keep(p))
    return scores
