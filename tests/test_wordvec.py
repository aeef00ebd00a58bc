"""Word vectors: both kinds train reproducibly and reach Stanza's pretrain file intact."""
import numpy as np
import pytest

from simpul.extract.wordvec import lexicon_vectors, train_vectors, write_pretrain

# our own sentences, repeated so every word clears min_count
SENTS = [s.split() for s in (
    "bupati sleman menyampaikan surat edaran kepada seluruh asn",
    "penjabat bupati menyampaikan imbauan netralitas asn menjelang pilkada",
    "sekretaris daerah kabupaten menyampaikan bahwa bantuan sosial ditunda",
    "pemerintah kabupaten mengeluarkan surat edaran tentang bantuan sosial",
)] * 5


@pytest.mark.parametrize("kind", ["word2vec", "fasttext"])
def test_same_seed_gives_the_same_vectors_and_the_pretrain_file_holds_them(kind, tmp_path):
    from stanza.models.common.pretrain import Pretrain

    a = train_vectors(SENTS, dim=16, epochs=3, seed=7, kind=kind)
    b = train_vectors(SENTS, dim=16, epochs=3, seed=7, kind=kind)
    assert np.array_equal(a.wv["bupati"], b.wv["bupati"])
    out = write_pretrain(a, tmp_path / "pt.pt", max_vocab=10)
    pt = Pretrain(str(out))
    words = a.wv.index_to_key[:10]
    assert [w for w in words if w in pt.vocab] == words
    got = pt.emb[pt.vocab.unit2id(words[0])]
    assert np.allclose(got, a.wv[words[0]], atol=1e-4)
    assert not (tmp_path / "pt.vec.txt").exists()


def test_fasttext_builds_a_vector_for_an_unseen_word_from_its_pieces_word2vec_does_not():
    ft = train_vectors(SENTS, dim=16, epochs=3, seed=7, kind="fasttext")
    w2v = train_vectors(SENTS, dim=16, epochs=3, seed=7, kind="word2vec")
    unseen = "menyampaikannya"
    assert unseen not in ft.wv.key_to_index
    assert np.linalg.norm(ft.wv[unseen]) > 0
    with pytest.raises(KeyError):
        w2v.wv[unseen]


def test_an_unknown_vector_kind_is_refused():
    with pytest.raises(ValueError, match="unknown vector kind 'glove'"):
        train_vectors(SENTS, kind="glove")


def test_vectors_without_a_dimension_or_a_pass_are_refused():
    with pytest.raises(ValueError, match="vector dimension must be at least 1, got 0"):
        train_vectors(SENTS, dim=0)
    with pytest.raises(ValueError, match="vector epochs must be at least 1, got 0"):
        train_vectors(SENTS, epochs=0)


def test_a_lexicon_word_the_table_lacks_gets_its_types_centroid_mixed_by_how_often_it_is_listed():
    table = {"sumirah": np.array([1.0, 0.0]), "wulandari": np.array([3.0, 0.0]),
             "cibeber": np.array([0.0, 2.0]), "kabupaten": np.array([5.0, 5.0])}
    types = {"sumirah": {"PER": 2}, "wulandari": {"PER": 1}, "cibeber": {"LOC": 4},
             "kabupaten": {"LOC": 3, "ORG": 1},  # in the table under two types: no centroid draws on it
             "tunggulwulung": {"PER": 1}, "sukamaju": {"PER": 1, "LOC": 3}, "wonogiri": {"ORG": 2}}
    got = lexicon_vectors(table, types)
    # PER centroid (2, 0), LOC centroid (0, 2); no ORG word has a single type in the table, so "wonogiri" gets nothing
    assert set(got) == {"tunggulwulung", "sukamaju"}
    assert np.allclose(got["tunggulwulung"], [2.0, 0.0])
    assert np.allclose(got["sukamaju"], [0.5, 1.5])


def test_the_pretrain_file_holds_the_extra_words_after_the_frequent_ones(tmp_path):
    from stanza.models.common.pretrain import Pretrain

    model = train_vectors(SENTS, dim=8, epochs=2, seed=7)
    extra = {"tunggulwulung": [0.25] * 8, "sukamaju": [-0.5] * 8}
    pt = Pretrain(str(write_pretrain(model, tmp_path / "pt.pt", max_vocab=10, extra=extra)))
    frequent = model.wv.index_to_key[:10]
    assert all(w in pt.vocab for w in frequent + list(extra))
    assert len(pt.vocab) == 10 + 2 + 4  # Stanza's four special entries
    assert np.allclose(pt.emb[pt.vocab.unit2id("sukamaju")], extra["sukamaju"], atol=1e-4)
    assert max(pt.vocab.unit2id(w) for w in frequent) < pt.vocab.unit2id("tunggulwulung")
