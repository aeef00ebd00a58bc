"""Word vectors: both kinds train reproducibly and reach Stanza's pretrain file intact."""
import numpy as np
import pytest

from simpul.extract.wordvec import train_vectors, write_pretrain

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
