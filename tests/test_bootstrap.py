"""Bootstrap intervals of micro F1 and the paired difference between two taggers on the same sentences."""
import pytest

from simpul.extract.bootstrap import micro_f1_interval, paired_difference
from simpul.extract.evalner import NERScores

GOLD = ["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG"]


def _scores(preds: list[list[str]]) -> NERScores:
    sc = NERScores()
    for p in preds:
        sc.add(GOLD, p)
    return sc


RIGHT = GOLD
SHORT = ["B-PER", "O", "O", "B-LOC", "O", "B-ORG"]  # the person cut short: 2 tp, 1 fp, 1 fn
WRONG = ["O", "O", "O", "B-ORG", "O", "O"]  # 0 tp, 1 fp, 3 fn


def test_sentence_counts_add_up_to_the_totals():
    sc = _scores([RIGHT, SHORT, WRONG])
    assert sc.per_sentence == [(3, 0, 0), (2, 1, 1), (0, 1, 3)]
    assert [sum(c[i] for c in sc.per_sentence) for i in range(3)] == \
        [sum(sc.tp.values()), sum(sc.fp.values()), sum(sc.fn.values())]


def test_the_interval_holds_the_score_narrows_with_more_sentences_and_collapses_when_they_agree():
    mix = [RIGHT, SHORT, WRONG, RIGHT, SHORT]
    small, large = micro_f1_interval(_scores(mix), 2000), micro_f1_interval(_scores(mix * 20), 2000)
    assert small.value == pytest.approx(_scores(mix).prf()[2]) == pytest.approx(large.value)
    assert small.low < small.value < small.high and large.low < large.value < large.high
    assert large.high - large.low < (small.high - small.low) / 2  # 20 times the sentences: about 1/sqrt(20) as wide
    same = micro_f1_interval(_scores([SHORT] * 30), 500)
    assert same.low == same.value == same.high == pytest.approx(2 / 3)
    assert micro_f1_interval(_scores(mix), 300, seed=3) == micro_f1_interval(_scores(mix), 300, seed=3)  # seeded


def test_the_paired_difference_sees_a_tagger_that_is_never_worse_and_nothing_against_itself():
    better, worse = _scores([RIGHT] * 40), _scores([RIGHT, SHORT] * 20)
    diff, share = paired_difference(better, worse, 1000)
    assert diff.value == pytest.approx(1.0 - worse.prf()[2]) and diff.low > 0 and share > 0.99
    diff, share = paired_difference(worse, better, 1000)
    assert diff.high < 0 and share == 0.0
    diff, share = paired_difference(worse, worse, 500)
    assert (diff.value, diff.low, diff.high, share) == (0.0, 0.0, 0.0, 0.0)
    with pytest.raises(ValueError, match="not the same sentences"):
        paired_difference(better, _scores([RIGHT] * 39))
    with pytest.raises(ValueError, match="no sentences"):
        micro_f1_interval(NERScores())
