"""Training-data preparation: per-set repeat factors and their command-line spelling."""
from collections import Counter

from simpul_cli import simpul


def test_repeat_shows_only_the_named_sets_k_times_and_the_report_counts_each_set_once(shared, tmp_path):
    from simpul.extract.train_ner import TrainConfig, held_out_sets, prepare, set_name

    base = TrainConfig(shared=shared, work=tmp_path, repeat=())
    evals, devs = held_out_sets(base)
    plain, dev, rep, distinct = prepare(base, evals, devs)
    more, dev2, rep2, distinct2 = prepare(TrainConfig(shared=shared, work=tmp_path, repeat=(("nergrit", 3), ("nerp", 2)),
                                                      swap=(("nergrit", 1),)), evals, devs)
    n_plain, n_more = Counter(map(set_name, plain)), Counter(map(set_name, more))
    assert set(n_plain) >= {"nerp", "nergrit", "idner", "nerui"}
    assert n_more["nergrit"] == 3 * n_plain["nergrit"] + rep2.sizes["swapped_nergrit"] > 1000
    assert n_more["nerp"] == 2 * n_plain["nerp"]
    assert all(n_more[k] == n_plain[k] for k in n_plain if k not in ("nergrit", "nerp"))
    assert rep2.sizes["train"] == len(more) and rep2.sizes["train_nergrit"] == n_plain["nergrit"]
    assert [s.key() for s in dev2] == [s.key() for s in dev]  # dev is never repeated
    # every copy of a sentence is the sentence itself: same tokens, same tags
    grit = Counter((tuple(s.tokens), tuple(s.tags)) for s in more if set_name(s) == "nergrit" and ":swapped" not in s.source)
    assert set(grit.values()) == {3}
    # the unlabelled text for word vectors holds each training sentence once, in the same order whatever is repeated
    # or swapped in, so those options never change the vectors (and --reuse-vectors may keep them)
    assert [s.key() for s in distinct2] == [s.key() for s in distinct]
    assert sorted(s.key() for s in distinct) == sorted(s.key() for s in plain)


def test_train_ner_rejects_a_bad_repeat_spelling_before_training(shared, tmp_path):
    for spec, says in (("nergritt=3", "--repeat: unknown training set 'nergritt'"), ("nergrit=0", "whole number"),
                       ("nergrit=x", "whole number"), ("nergrit=3,nerp=2,nergrit=2", "--repeat: a set named twice")):
        r = simpul("train", "ner", "--shared", str(shared), "--work", str(tmp_path / "w"), "--repeat", spec)
        assert r.returncode == 2, r.stderr
        assert says in r.stderr
        assert not (tmp_path / "w").exists()
    r = simpul("train", "ner", "--shared", str(shared), "--work", str(tmp_path / "w"), "--second-optim", "adamz")
    assert r.returncode == 2 and "unknown optimiser 'adamz'" in r.stderr
    assert not (tmp_path / "w").exists()
    r = simpul("train", "ner", "--shared", str(shared), "--work", str(tmp_path / "w"), "--vectors", "glove")
    assert r.returncode == 2 and "--vectors: unknown vector kind 'glove'; choose from word2vec, fasttext" in r.stderr, r.stderr
    assert not (tmp_path / "w").exists()
    for option, value, says in (("--vector-dim", "0", "vector dimension must be at least 1, got 0"),
                                ("--vector-epochs", "-2", "vector epochs must be at least 1, got -2"),
                                ("--max-vocab", "0", "vector vocabulary size must be at least 1, got 0")):
        r = simpul("train", "ner", "--shared", str(shared), "--work", str(tmp_path / "w"), option, value)
        assert r.returncode == 2 and says in r.stderr, r.stderr
        assert not (tmp_path / "w").exists()
    for spec, says in (("wordropout=0.1", "has no option 'wordropout'"), ("seed=3", "set by the command itself")):
        r = simpul("train", "ner", "--shared", str(shared), "--work", str(tmp_path / "w"), "--tagger-arg", spec)
        assert r.returncode == 2 and says in r.stderr, r.stderr
        assert not (tmp_path / "w").exists()


def test_train_ner_refuses_kept_vectors_it_cannot_vouch_for(shared, tmp_path):
    work = tmp_path / "w"
    work.mkdir()
    (work / "pretrain.pt").write_bytes(b"vectors of unknown make")
    r = simpul("train", "ner", "--shared", str(shared), "--work", str(work), "--out-dir", str(tmp_path / "m"),
               "--reuse-vectors")
    assert r.returncode == 2, r.stderr
    assert "--reuse-vectors:" in r.stderr and "no stamp" in r.stderr and "Traceback" not in r.stderr
    assert (work / "pretrain.pt").read_bytes() == b"vectors of unknown make"
    assert not (tmp_path / "m").exists()  # nothing trained, nothing shipped


def test_second_optimiser_names_are_the_ones_stanza_builds():
    import pytest

    from simpul.extract.train_ner import check_optimizer

    for name in ("adam", "adamw", "sgd"):
        check_optimizer(name)
    with pytest.raises(ValueError, match="unknown optimiser 'adamz'"):
        check_optimizer("adamz")


def test_tagger_args_become_stanza_options():
    from simpul.extract.train_ner import tagger_args

    assert tagger_args(["word_dropout=0.05", "--locked_dropout=0.1", "no_char"]) == (
        "--word_dropout", "0.05", "--locked_dropout", "0.1", "--no_char")
    assert tagger_args([]) == ()


def test_repeat_spelling_parses_to_the_config_and_none_turns_it_off():
    from simpul.cli import _repeat_spec
    from simpul.extract.train_ner import SET_NAMES, TrainConfig

    names = set(SET_NAMES.values())
    assert names == {"nerp", "nergrit", "idner", "nerugm", "nerui"}
    assert _repeat_spec("nergrit=3, nerp=2") == (("nergrit", 3), ("nerp", 2))
    assert _repeat_spec("none") == () == _repeat_spec("")
    # the command's default spelling is the config's default (the shipped run's setting)
    import inspect
    from simpul.cli import train_ner
    default = inspect.signature(train_ner).parameters["repeat"].default.default
    assert _repeat_spec(default) == TrainConfig.repeat


def test_own_heads_get_their_sets_tags_and_no_gradient_from_other_sets(tmp_path):
    import json

    from simpul.extract.nerdata import NO_TAG, TaggedSentence, write_stanza_json
    from simpul.extract.train_ner import head_columns

    grit = TaggedSentence(["Luna", "Sea", "tampil"], ["B-ORG", "I-ORG", "O"], "nergrit/train.txt")
    nerp = TaggedSentence(["jokowi", "hadir"], ["B-PER", "O"], "nerp/train.txt")
    write_stanza_json([grit, nerp], tmp_path / "t.json", head_columns(("nergrit", "nerp")))
    doc = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert [t["multi_ner"] for t in doc[0]] == [["B-ORG", "B-ORG", NO_TAG], ["I-ORG", "I-ORG", NO_TAG], ["O", "O", NO_TAG]]
    assert [t["multi_ner"] for t in doc[1]] == [["B-PER", NO_TAG, "B-PER"], ["O", NO_TAG, "O"]]
    write_stanza_json([nerp], tmp_path / "one.json")  # without heads: Stanza's plain single-tag format
    assert json.loads((tmp_path / "one.json").read_text(encoding="utf-8")) == [[{"text": "jokowi", "ner": "B-PER"},
                                                                              {"text": "hadir", "ner": "O"}]]


def test_train_ner_rejects_an_unknown_or_doubled_head_before_training(shared, tmp_path):
    for heads, says in ((["nergritt"], "unknown training set 'nergritt'"), (["nerp", "nerp"], "a set named twice")):
        r = simpul("train", "ner", "--shared", str(shared), "--work", str(tmp_path / "w"),
                   *[a for h in heads for a in ("--head", h)])
        assert r.returncode == 2 and f"--head: {says}" in r.stderr, r.stderr
        assert not (tmp_path / "w").exists()


def test_train_ner_rejects_an_unknown_or_doubled_kept_type_before_training(shared, tmp_path):
    for types, says in ((["EVENT"], "unknown type 'EVENT'"), (["FNB", "FNB"], "a type named twice")):
        r = simpul("train", "ner", "--shared", str(shared), "--work", str(tmp_path / "w"),
                   *[a for t in types for a in ("--keep-type", t)])
        assert r.returncode == 2 and f"--keep-type: {says}" in r.stderr, r.stderr
        assert not (tmp_path / "w").exists()


def test_the_library_checks_set_names_kept_types_and_vector_sizes_itself(tmp_path):
    """A library caller gets the CLI's checks: no head, repeat or swap of a set that does not exist or is named twice,
    no type no set has, no empty vectors."""
    import pytest

    from simpul.extract.train_ner import TrainConfig, train

    for change, says in ((dict(heads=("nergritt",)), "unknown training set 'nergritt'"),
                         (dict(heads=("nerp", "nerp")), "a set named twice"),
                         (dict(keep_types=("PER",)), "unknown type 'PER'"),
                         (dict(repeat=(("nergrit", 3), ("grit", 2))), "unknown training set 'grit'"),
                         (dict(swap=(("nerp", 1), ("nerp", 2))), "a set named twice"),
                         (dict(vec_dim=0), "vector dimension must be at least 1"),
                         (dict(max_vocab=-1), "vector vocabulary size must be at least 1")):
        with pytest.raises(ValueError, match=says):
            train(TrainConfig(shared=tmp_path / "shared", work=tmp_path / "w", **change))
        assert not (tmp_path / "w").exists()


def test_training_on_the_valid_splits_moves_dev_to_idner_dev_and_keeps_every_held_out_sentence_out(shared, tmp_path):
    from simpul.extract.train_ner import TrainConfig, held_out_sets, pooled, prepare

    base = TrainConfig(shared=shared, work=tmp_path, repeat=())
    final = TrainConfig(shared=shared, work=tmp_path, repeat=(), train_on_valid=True)
    b_evals, b_devs = held_out_sets(base)
    evals, devs = held_out_sets(final)
    assert set(b_devs) == {"nerp-valid", "nergrit-valid", "idner-dev"} and set(devs) == {"idner-dev"}
    plain, b_dev, _, b_distinct = prepare(base, b_evals, b_devs)
    train, dev, rep, distinct = prepare(final, evals, devs)
    sources = Counter(s.source for s in train)
    assert sources["nerp/valid"] > 600 and sources["nergrit/valid"] > 200  # most of each split, duplicates aside
    assert not {"nerp/valid", "nergrit/valid"} & {s.source for s in plain}
    assert {s.source for s in b_dev} == {"nergrit/valid", "nerp/valid"}
    assert {s.source for s in dev} == {"idner-news-2k/dev"} and rep.sizes["dev"] == len(dev) > 300
    # no test or dev sentence reaches training, nor the word vectors' text, in either mode
    for t, d, held in ((plain, b_distinct, pooled(b_evals, b_devs)), (train, distinct, pooled(evals, devs))):
        keys = {s.key() for s in held}
        assert not keys & {s.key() for s in t} and not keys & {s.key() for s in d}
    assert len(distinct) > len(b_distinct)
