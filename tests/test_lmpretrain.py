"""Language-model pretraining of the tagger's encoder (extract/lmpretrain.py)."""
import re

import pytest
import torch

from simpul.extract import lmpretrain
from simpul.extract.lmpretrain import lm_sentences, shifted_targets, word_index
from simpul_cli import simpul


def test_each_direction_predicts_its_neighbour_and_nothing_past_the_sentence_end():
    ids = torch.tensor([[5, 6, 7, 8], [9, 3, 0, 0]])  # two sentences of 4 and 2 words, padded
    fmask, ftgt, bmask, btgt = shifted_targets(ids, [4, 2])
    # forward states at positions 0..2 of the first sentence and 0 of the second predict the word after them
    assert fmask.tolist() == [[True, True, True], [True, False, False]]
    assert ftgt.tolist() == [6, 7, 8, 3]
    # backward states at positions 1..3 and 1 predict the word before them
    assert bmask.tolist() == fmask.tolist() and btgt.tolist() == [5, 6, 7, 9]


def test_corpus_lines_are_cut_at_sentence_ends_and_at_the_length_cap():
    lines = ["Bupati Lorem hadir di pendopo . Rapat dimulai pukul sembilan pagi .", "Ya .",
             " ".join(["kata"] * 13)]
    sents = lm_sentences(lines, max_len=5)
    assert sents[0][:2] == ["Bupati", "Lorem"]  # case kept: the tagger's character model reads it
    assert all(len(s) <= 5 for s in sents)
    assert ["Ya", "."] not in sents  # fragments under three tokens teach no context
    assert [len(s) for s in sents if "kata" in s] == [5, 5, 3]  # the capped line is cut, not truncated
    # an abbreviation is one token, so its full stop does not end a piece: the title stays with its name
    (sent,) = lm_sentences(["Pj. Bupati Lorem Ipsum membuka rapat ."], max_len=50)
    assert sent[:3] == ["Pj.", "Bupati", "Lorem"]
    # pieces are the pipeline's sentences: a closing quote ends its own sentence instead of opening the next
    quoted = lm_sentences(['Ia berkata "Kami siap hadir." Lalu rapat dimulai pukul sembilan.'], max_len=50)
    assert [s[-1] for s in quoted] == ['"', "."] and quoted[1][0] == "Lalu"


def test_the_word_index_keeps_the_most_frequent_words_and_reserves_zero_for_the_rest():
    index = word_index([["a", "B", "b"], ["c", "b", "a"]], size=3)
    assert index == {"b": 1, "a": 2}  # "b" three times (case folded), "a" twice; "c" falls to 0


def test_train_ner_refuses_lm_settings_that_cannot_work_before_training(shared, tmp_path):
    for args, says in ((["--lm-steps", "-1"], "--lm-steps must be 0"),
                       (["--lm-steps", "5", "--head", "nergrit"], "cannot be combined with --head"),
                       (["--reuse-lm"], "it needs --lm-steps")):
        r = simpul("train", "ner", "--shared", str(shared), "--work", str(tmp_path / "w"), *args)
        assert r.returncode == 2 and says in r.stderr, r.stderr
        assert not (tmp_path / "w").exists()


def test_pretraining_trains_the_encoder_and_ner_training_starts_from_it(shared, tmp_path):
    from simpul.extract.nlp import load_nlp
    from simpul.extract.records import Article
    from simpul.extract.train_ner import TrainConfig, train

    cfg = TrainConfig(shared=shared, work=tmp_path / "work", out_dir=tmp_path / "model", max_steps=10,
                      eval_interval=10, sample=120, corpus_limit=150, vec_dim=24, vec_epochs=1, max_vocab=3000,
                      lm_steps=60, lm_vocab=500, tagger_args=("--hidden_dim", "32", "--char_hidden_dim", "16"))
    report = train(cfg)
    lm = report["lm"]
    assert lm["steps"] == 60 and lm["vocab"] == 500 and lm["sentences"] > 100
    # the language model learnt: both directions predict better at the end than at the start
    assert all(last < first for first, last in zip(lm["first_ppl"], lm["last_ppl"])), lm
    init = torch.load(cfg.work / "lm-init.pt", map_location="cpu", weights_only=True)["model"]
    fresh = lmpretrain.stanza_setup(_options(cfg))[3].model.state_dict()  # the same tagger, as a run without pretraining starts
    assert not torch.equal(init["taggerlstm.lstm.weight_ih_l0"], fresh["taggerlstm.lstm.weight_ih_l0"])
    assert not torch.equal(init["charmodel.charlstm.lstm.weight_ih_l0"], fresh["charmodel.charlstm.lstm.weight_ih_l0"])
    assert torch.equal(init["tag_clfs.0.weight"], fresh["tag_clfs.0.weight"])  # the output layer waits for NER
    log = (cfg.work / "stanza-train.log").read_text(encoding="utf-8")
    assert "Finetune is ON" in log and str(cfg.work / "lm-init.pt") in log
    assert re.search(r"step 10: train_loss", log)
    nlp = load_nlp(cfg.out_dir, threads=1)
    tagger = nlp.stanza_pipeline.processors["ner"].trainers[0].model
    assert tagger.args["hidden_dim"] == 32  # the pretrained tagger's settings carried through to the shipped one
    assert not torch.equal(tagger.taggerlstm.lstm.weight_ih_l0.detach(), fresh["taggerlstm.lstm.weight_ih_l0"])
    doc = nlp.process(Article(id="t", text="Camat Sukamaju hadir. Rapat selesai."))
    assert len(doc.sentences) == 2
    # --reuse-lm: a longer NER run starts from the kept encoder instead of pretraining it again
    kept = (cfg.work / "lm-init.pt").read_bytes()
    longer = train(TrainConfig(**{**cfg.__dict__, "max_steps": 20, "reuse_vectors": True, "reuse_lm": True}))
    assert longer["lm"] == {**lm, "reused": True}
    assert (cfg.work / "lm-init.pt").read_bytes() == kept
    assert re.search(r"step 20: train_loss", (cfg.work / "stanza-train.log").read_text(encoding="utf-8"))
    # ... and refuses one made with other pretraining settings or another tagger, leaving it as it was
    from simpul.extract.workstamp import StaleWorkFileError

    for change, what in ((dict(lm_vocab=400), "vocab: 500 kept, 400 asked"),
                         (dict(tagger_args=("--hidden_dim", "48", "--char_hidden_dim", "16")), "tagger: ")):
        with pytest.raises(StaleWorkFileError, match=f"^--reuse-lm: .*{what}"):
            train(TrainConfig(**{**cfg.__dict__, "reuse_vectors": True, "reuse_lm": True, **change}))
    assert (cfg.work / "lm-init.pt").read_bytes() == kept


def _options(cfg):
    from simpul.extract.train_ner import stanza_options

    return stanza_options(cfg, cfg.work / "train.json", cfg.work / "dev.json", cfg.work / "pretrain.pt")
