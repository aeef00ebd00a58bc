"""Bootstrap confidence intervals for entity-level micro F1: how far a test set this small lets a score be trusted."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .evalner import NERScores


@dataclass(frozen=True)
class Interval:
    value: float  # on the whole set
    low: float
    high: float
    level: float
    resamples: int

    def text(self) -> str:
        return (f"{100 * self.value:.2f} [{100 * self.low:.2f}, {100 * self.high:.2f}] "
                f"({100 * self.level:g} % interval, {self.resamples} resamples)")


def _f1(counts: np.ndarray) -> np.ndarray:
    """Micro F1 of summed (tp, fp, fn) rows; 0 where nothing was found or expected."""
    tp, fp, fn = counts[..., 0], counts[..., 1], counts[..., 2]
    denom = 2 * tp + fp + fn
    return np.divide(2 * tp, denom, out=np.zeros(tp.shape, dtype=float), where=denom > 0)


def _counts(scores: NERScores) -> np.ndarray:
    """The (tp, fp, fn) row of every scored sentence."""
    counts = np.asarray(scores.per_sentence, dtype=np.int64).reshape(-1, 3)
    if not len(counts):
        raise ValueError("no sentences scored")
    return counts


def _draws(sentences: int, resamples: int, seed: int) -> np.ndarray:
    """Sentence indices of each resample: as many sentences as scored, drawn with replacement."""
    return np.random.default_rng(seed).integers(0, sentences, size=(resamples, sentences))


def _interval(value: float, samples: np.ndarray, level: float) -> Interval:
    low, high = np.quantile(samples, [(1 - level) / 2, (1 + level) / 2])
    return Interval(value, float(low), float(high), level, len(samples))


def micro_f1_interval(scores: NERScores, resamples: int = 1000, level: float = 0.95, seed: int = 0) -> Interval:
    """Percentile bootstrap of micro F1 over the sentences (sentences drawn with replacement, as many as scored)."""
    counts = _counts(scores)
    idx = _draws(len(counts), resamples, seed)
    return _interval(float(_f1(counts.sum(0))), _f1(counts[idx].sum(1)), level)


def paired_difference(a: NERScores, b: NERScores, resamples: int = 1000, level: float = 0.95,
                      seed: int = 0) -> tuple[Interval, float]:
    """Micro F1 of ``a`` minus ``b`` on the same sentences, with a paired bootstrap interval (both scored on each
    resample's sentences), and the share of resamples in which ``a`` scores higher."""
    if len(a.per_sentence) != len(b.per_sentence):
        raise ValueError(f"not the same sentences: {len(a.per_sentence)} against {len(b.per_sentence)}")
    ca, cb = _counts(a), _counts(b)
    idx = _draws(len(ca), resamples, seed)
    diff = _f1(ca[idx].sum(1)) - _f1(cb[idx].sum(1))
    value = float(_f1(ca.sum(0)) - _f1(cb.sum(0)))
    return _interval(value, diff, level), float((diff > 0).mean())
