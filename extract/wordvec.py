"""Word vectors for the NER tagger: word2vec or fastText on our corpus, saved as a trimmed Stanza pretrain file."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from .tokenize import tokenize

log = logging.getLogger(__name__)


def corpus_sentences(lines: Iterable[str], extra: Iterable[list[str]] = ()) -> list[list[str]]:
    """Lower-cased token lists, one per corpus line plus ``extra`` (unlabelled text of the NER sets)."""
    out: list[list[str]] = []
    for line in lines:
        toks = [t.text.lower() for t in tokenize(line)]
        if toks:
            out.append(toks)
    out.extend([t.lower() for t in s] for s in extra)
    return out


VECTOR_KINDS = ("word2vec", "fasttext")


def check_vector_kind(kind: str) -> None:
    """A ValueError naming the choices unless ``kind`` is one of VECTOR_KINDS."""
    if kind not in VECTOR_KINDS:
        raise ValueError(f"unknown vector kind {kind!r}; choose from {', '.join(VECTOR_KINDS)}")


def check_vector_sizes(dim: int, epochs: int, max_vocab: int | None = None) -> None:
    """A ValueError naming the setting unless every size given is a positive whole number."""
    for name, value in (("dimension", dim), ("epochs", epochs), ("vocabulary size", max_vocab)):
        if value is not None and value < 1:
            raise ValueError(f"vector {name} must be at least 1, got {value}")


def train_vectors(sentences: list[list[str]], dim: int = 100, epochs: int = 8, seed: int = 1234, min_count: int = 2,
                  kind: str = "word2vec"):
    """Skip-gram word2vec, or fastText (the same with character 3- to 6-grams, so rare words borrow from their
    relatives); one worker so the same seed gives the same vectors."""
    check_vector_kind(kind)
    check_vector_sizes(dim, epochs)
    from gensim.models import FastText, Word2Vec

    cls = FastText if kind == "fasttext" else Word2Vec
    return cls(sentences, vector_size=dim, window=5, min_count=min_count, sg=1, negative=10,
               epochs=epochs, seed=seed, workers=1)


def lexicon_vectors(table: Mapping[str, "np.ndarray"], word_types: Mapping[str, Mapping[str, int]]) -> dict[str, list[float]]:
    """Vectors for lexicon words the ``table`` lacks: each the mix, by how often the word is listed under each type, of
    the type's centroid (the mean vector of the table's words listed under that type only).

    A name the text never showed twice otherwise reaches the tagger as the unknown word; this way it carries its type.
    """
    import numpy as np

    pure: dict[str, list] = {}
    for w, counts in word_types.items():
        if w in table and len(counts) == 1:
            pure.setdefault(next(iter(counts)), []).append(table[w])
    centroids = {t: np.mean(vs, axis=0) for t, vs in pure.items()}
    out: dict[str, list[float]] = {}
    for w, counts in sorted(word_types.items()):
        known = {t: n for t, n in counts.items() if t in centroids}
        if w in table or not known:
            continue
        total = sum(known.values())
        out[w] = [float(x) for x in sum(centroids[t] * (n / total) for t, n in known.items())]
    return out


def table(model, max_vocab: int) -> dict:
    """The ``max_vocab`` most frequent words of ``model`` and their vectors, as the pretrain file will hold them."""
    return {w: model.wv[w] for w in model.wv.index_to_key[:max_vocab]}


def _vec_lines(rows: Mapping[str, Iterable[float]], dim: int) -> Iterator[str]:
    yield f"{len(rows)} {dim}\n"
    for w, vec in rows.items():
        yield w + " " + " ".join(f"{x:.5f}" for x in vec) + "\n"


def write_pretrain(model, out_pt: Path, max_vocab: int = 50000, extra: Mapping[str, list[float]] | None = None) -> Path:
    """Write a Stanza pretrain .pt (most frequent ``max_vocab`` words, then the ``extra`` words) via a temporary text
    vector file."""
    from stanza.models.common.pretrain import Pretrain

    rows = {**table(model, max_vocab), **(extra or {})}
    txt = out_pt.with_suffix(".vec.txt")
    with txt.open("w", encoding="utf-8") as fh:
        fh.writelines(_vec_lines(rows, model.wv.vector_size))
    if out_pt.exists():
        out_pt.unlink()
    pt = Pretrain(str(out_pt), str(txt), max_vocab=len(rows) + 4)
    pt.load()  # builds the vocab/embedding and saves out_pt
    txt.unlink()
    return out_pt
