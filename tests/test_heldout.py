"""Evaluation sentences never reach the unlabelled training text (word vectors, character language models)."""
from simpul.extract.heldout import HeldOutText
from simpul.extract.nerdata import TaggedSentence, text_key


def _sent(text: str) -> TaggedSentence:
    toks = text.split()
    return TaggedSentence(toks, ["O"] * len(toks), "test")


def test_a_line_quoting_a_held_out_sentence_is_dropped_whatever_its_case_spacing_or_surroundings():
    held = HeldOutText([_sent("bupati sukamaju meresmikan jembatan baru di desa cibodas ."),
                        _sent("camat hadir dalam rapat koordinasi ."),  # under 32 normalised characters
                        _sent("jakarta .")])  # too short to identify a sentence: ignored
    lines = ["Kemarin, Bupati Sukamaju meresmikan jembatan baru di Desa Cibodas. Warga menyambutnya.",
             "Camat hadir dalam rapat koordinasi.",
             "Camat hadir dalam rapat koordinasi bersama warga.",  # the short sentence only as a prefix: kept
             "Bupati Sukamaju meresmikan jembatan lama.",
             "Jakarta."]
    kept, dropped = held.kept_lines(lines)
    assert dropped == 2
    assert kept == lines[2:]
    assert len(held) == 2


def test_training_corpus_keeps_no_line_that_is_a_test_or_dev_sentence(shared, tmp_path):
    from simpul.extract.train_ner import DataReport, TrainConfig, corpus_lines, held_out_sets, pooled

    cfg = TrainConfig(shared=shared, work=tmp_path)
    rep = DataReport()
    evals, devs = held_out_sets(cfg)
    held = pooled(evals, devs)
    kept = corpus_lines(cfg, held, rep)
    keys = {s.key() for s in held if len(s.key()) >= 20}
    whole = sum(1 for line in kept if text_key(line) in keys)
    assert whole == 0
    assert rep.corpus_lines_with_heldout > 0  # the public corpora do quote NER test sentences
    assert rep.sizes["corpus_lines"] == len(kept) > 30000
