"""Name swapping for NER training: the gazetteer lists as read, swapped sentences, and the training option."""
import random
from collections import Counter

import pytest
from simpul_cli import simpul

from simpul.extract.gazetteer import (GAZETTEER_DIR, GAZETTEER_FILES, GazetteerError, load_gazetteer, swap_names,
                                      swapped_copies, token_types)
from simpul.extract.nerdata import TaggedSentence, spans


def _lists(root, person, place, org):
    folder = root / GAZETTEER_DIR
    folder.mkdir(parents=True)
    for typ, names in (("PER", person), ("LOC", place), ("ORG", org)):
        (folder / GAZETTEER_FILES[typ]).write_text("\n".join(names) + "\n", encoding="utf-8")
    return root


def test_lists_are_tokenised_and_ambiguous_or_broken_names_left_out(tmp_path):
    root = _lists(tmp_path, ["Raden Ajeng Sumirah", "Tunggul Wulung", "Glay (band)", "Ca\ufffdn", "  Dewi   Lestari "],
                  ["Tunggul Wulung", "Sukamaju, Cibeber", "Kab. Lebak"],
                  ["SMA Negeri 3 Tegal", "Persatuan Sepak Bola Wonogiri", "1999"])
    gaz = load_gazetteer(root)
    assert sorted(gaz["PER"]) == [("Dewi", "Lestari"), ("Raden", "Ajeng", "Sumirah")]
    # "Tunggul Wulung" is under two types; the part after a comma is a second place
    assert sorted(gaz["LOC"]) == [("Kab.", "Lebak"), ("Sukamaju",)]
    assert sorted(gaz["ORG"]) == [("Persatuan", "Sepak", "Bola", "Wonogiri"), ("SMA", "Negeri", "3", "Tegal")]


def test_a_missing_list_or_an_empty_type_is_a_clear_error(tmp_path):
    with pytest.raises(GazetteerError, match="cannot be read"):
        load_gazetteer(tmp_path)
    root = _lists(tmp_path / "r", ["Dewi Lestari"], ["Dewi Lestari", "Sukamaju"], ["Koperasi Maju"])
    with pytest.raises(GazetteerError, match="no usable PER name"):
        load_gazetteer(root)


SENT = TaggedSentence(["Kemarin", "Budi", "Santoso", "dari", "Koperasi", "Tani", "tiba", "di", "Klaten", "."],
                      ["O", "B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "O", "B-LOC", "O"], "ours/train")
GAZ = {"PER": [("Sri", "Mulyani", "Indrawati"), ("Tono",)], "LOC": [("Pulau", "Seribu")],
       "ORG": [("Universitas", "Gadjah", "Mada"), ("Persib",)]}


def test_swapping_replaces_every_name_by_one_of_its_type_and_keeps_the_context():
    rng = random.Random(5)
    seen = Counter()
    for _ in range(40):
        out = swap_names(SENT, GAZ, rng)
        assert len(out.tokens) == len(out.tags)
        got = [(t, tuple(out.tokens[a:b])) for t, a, b in spans(out.tags)]
        assert [t for t, _ in got] == ["PER", "ORG", "LOC"]
        assert all(name in GAZ[t] for t, name in got)
        # the words around the names are the sentence's own, in order
        inside = {i for _, a, b in spans(out.tags) for i in range(a, b)}
        assert [w for i, w in enumerate(out.tokens) if i not in inside] == ["Kemarin", "dari", "tiba", "di", "."]
        assert out.source == "ours/train:swapped"
        seen.update(got)
    assert seen[("PER", ("Tono",))] and seen[("PER", ("Sri", "Mulyani", "Indrawati"))]  # both names get drawn


def test_copies_skip_sentences_without_a_name_and_repeat_with_the_seed():
    plain = TaggedSentence(["Hujan", "turun", "."], ["O", "O", "O"], "ours/train")
    copies = swapped_copies([SENT, plain], 3, GAZ, seed=1)
    assert len(copies) == 3 and all(c.source.endswith(":swapped") for c in copies)
    assert [c.tokens for c in copies] == [c.tokens for c in swapped_copies([SENT, plain], 3, GAZ, seed=1)]
    assert swapped_copies([plain], 2, GAZ, seed=1) == []


def test_shared_gazetteer_gives_thousands_of_names_per_type_and_none_under_two(shared):
    gaz = load_gazetteer(shared)
    assert all(len(gaz[t]) > 3000 for t in ("PER", "LOC", "ORG"))
    sets = {t: set(v) for t, v in gaz.items()}
    assert not (sets["PER"] & sets["LOC"]) and not (sets["PER"] & sets["ORG"]) and not (sets["LOC"] & sets["ORG"])
    assert not any("," in w for names in gaz.values() for n in names for w in n)


def test_training_data_gets_swapped_copies_of_the_named_sets_only(shared, tmp_path):
    from simpul.extract.train_ner import TrainConfig, held_out_sets, pooled, prepare, set_name

    base = TrainConfig(shared=shared, work=tmp_path, repeat=())
    evals, devs = held_out_sets(base)
    plain, _, _, _ = prepare(base, evals, devs)
    more, _, rep, _ = prepare(TrainConfig(shared=shared, work=tmp_path, repeat=(), swap=(("nergrit", 2), ("nerp", 1))),
                           evals, devs)
    swapped = [s for s in more if s.source.endswith(":swapped") or s.source.endswith(":swapped:lower")]
    by_set = Counter(map(set_name, swapped))
    with_names = Counter(set_name(s) for s in plain if spans(s.tags))
    assert set(by_set) == {"nergrit", "nerp"}
    # two copies of each NERGrit sentence with a name, one of each NERP one, bar copies that came out twice
    assert 0.95 * 2 * with_names["nergrit"] <= by_set["nergrit"] == rep.sizes["swapped_nergrit"] <= 2 * with_names["nergrit"]
    assert 0.95 * with_names["nerp"] <= by_set["nerp"] <= with_names["nerp"]
    assert len(more) == len(plain) + len(swapped)
    # NERP copies stay lower-cased like NERP; no copy is a held-out sentence
    assert all(t == t.lower() for s in swapped if set_name(s) == "nerp" for t in s.tokens)
    held = {s.key() for s in pooled(evals, devs)}
    assert not any(s.key() in held for s in swapped)
    originals = {(tuple(s.tokens)) for s in plain}
    assert sum(tuple(s.tokens) in originals for s in swapped) < 0.01 * len(swapped)


def test_train_ner_rejects_a_bad_swap_spelling_before_training(shared, tmp_path):
    r = simpul("train", "ner", "--shared", str(shared), "--work", str(tmp_path / "w"), "--swap-names", "grit=2")
    assert r.returncode == 2 and "--swap-names: unknown training set 'grit'" in r.stderr, r.stderr
    assert not (tmp_path / "w").exists()


def test_token_types_count_the_lower_cased_words_of_each_types_names(tmp_path):
    root = _lists(tmp_path, ["Dewi Lestari", "Lestari Wonogiri"], ["Sukamaju", "Kab. Wonogiri"],
                  ["SMA Negeri 3 Tegal", "Koperasi Sukamaju"])
    got = token_types(load_gazetteer(root))
    assert got["lestari"] == Counter({"PER": 2})
    assert got["wonogiri"] == Counter({"PER": 1, "LOC": 1})
    assert got["sukamaju"] == Counter({"LOC": 1, "ORG": 1})
    # abbreviations with a dot, numbers and single letters name no type
    assert not {"kab.", "kab", "3"} & set(got)
    assert "sma" in got and "Dewi" not in got


def test_train_ner_gazetteer_vectors_put_the_names_the_text_lacks_into_the_table_at_their_types_centroid(tmp_path):
    import numpy as np
    from stanza.models.common.pretrain import Pretrain

    from simpul.extract.train_ner import TrainConfig, build_vectors

    shared = _lists(tmp_path / "shared", ["Dewi Sumirah", "Raden Tunggulwulung"], ["Cibeber", "Sukamaju"],
                    ["Koperasi Sukamaju"])
    lines = ["dewi sumirah datang ke cibeber bersama koperasi warga",
             "raden dan sumirah pulang dari cibeber kemarin sore"] * 4
    plain = TrainConfig(shared=shared, work=tmp_path / "plain", vec_dim=8, vec_epochs=2, gazetteer_vectors=False)
    plain.work.mkdir()
    with_gaz = TrainConfig(**{**plain.__dict__, "work": tmp_path / "gaz", "gazetteer_vectors": True})
    with_gaz.work.mkdir()
    a = Pretrain(str(build_vectors(plain, lines, [])))
    b = Pretrain(str(build_vectors(with_gaz, lines, [])))
    assert "tunggulwulung" not in a.vocab and "tunggulwulung" in b.vocab
    # the PER centroid: the table's words listed only as parts of person names
    per = np.mean([a.emb[a.vocab.unit2id(w)] for w in ("dewi", "sumirah", "raden")], axis=0)
    assert np.allclose(b.emb[b.vocab.unit2id("tunggulwulung")], per, atol=1e-4)
    # "sukamaju", listed once as a place and once as an organisation, gets half of each centroid
    mix = (a.emb[a.vocab.unit2id("cibeber")] + a.emb[a.vocab.unit2id("koperasi")]) / 2
    assert np.allclose(b.emb[b.vocab.unit2id("sukamaju")], mix, atol=1e-4)
    assert np.allclose(a.emb[a.vocab.unit2id("cibeber")], b.emb[b.vocab.unit2id("cibeber")])


def test_the_vector_stamp_names_the_gazetteer_lists_content_and_a_missing_list_is_a_clear_error(tmp_path):
    from simpul.extract.train_ner import TrainConfig, vector_stamp

    shared = _lists(tmp_path / "shared", ["Dewi Sumirah"], ["Cibeber"], ["Koperasi Sukamaju"])
    cfg = TrainConfig(shared=shared, work=tmp_path / "w", gazetteer_vectors=True)
    before = vector_stamp(cfg, ["satu baris"], [])
    assert "gazetteer_sha256" not in vector_stamp(TrainConfig(shared=shared, work=tmp_path / "w"), ["satu baris"], [])
    (shared / GAZETTEER_DIR / GAZETTEER_FILES["LOC"]).write_text("Cibeber\nSukamaju\n", encoding="utf-8")
    after = vector_stamp(cfg, ["satu baris"], [])
    assert before["gazetteer_sha256"]["LOC"] != after["gazetteer_sha256"]["LOC"]
    assert before["gazetteer_sha256"]["PER"] == after["gazetteer_sha256"]["PER"]
    (shared / GAZETTEER_DIR / GAZETTEER_FILES["ORG"]).unlink()
    with pytest.raises(GazetteerError, match="organization.txt cannot be read"):
        vector_stamp(cfg, ["satu baris"], [])
