"""`simpul build` tags articles in groups; a group that breaks the tagger is tagged again one article at a time."""
from __future__ import annotations

from simpul.extract.nlp import NLP, TAG_GROUP
from simpul.graph.store import open_store
from simpul.pipeline import build

BROKEN = "Zzyzx"


class BreaksOnOneWord(NLP):
    """The real pipeline, failing on every batch that holds one made-up word: no real input is known to break the
    tagger, and the build must still survive one that does."""

    def annotate(self, sentences):
        if any(t.text == BROKEN for s in sentences for t in s.tokens):
            raise RuntimeError("the tagger broke")
        return super().annotate(sentences)


def _articles(folder, n: int, broken: int) -> None:
    folder.mkdir()
    for i in range(n):
        extra = f" Warga {BROKEN} ikut hadir." if i == broken else ""
        (folder / f"a{i:02d}.txt").write_text(
            f"Bupati Sukamaju, Ahmad Wiryawan, meminta seluruh camat di Kabupaten Sukamaju menjaga netralitas ASN "
            f"pada rapat ke-{i + 1}.{extra}\n", encoding="utf-8")


def test_one_article_that_breaks_the_tagger_is_reported_and_its_group_is_still_built(nlp, tmp_path):
    n = TAG_GROUP + 3  # two groups; the broken article sits in the first
    _articles(tmp_path / "in", n, broken=2)
    report = build([tmp_path / "in"], tmp_path / "store", nlp=BreaksOnOneWord(nlp.stanza_pipeline), progress=False)
    assert report.articles == n - 1
    assert [(e.source.endswith("a02.txt"), "the tagger broke" in e.reason) for e in report.errors] == [(True, True)]
    # the same articles without the broken one, built by the plain pipeline: the same facts
    _articles(tmp_path / "good", n, broken=-1)
    (tmp_path / "good" / "a02.txt").unlink()
    plain = build([tmp_path / "good"], tmp_path / "store2", nlp=nlp, progress=False)
    assert plain.articles == n - 1 and not plain.errors
    assert report.holds == plain.holds >= n - 1, "every article's holds fact is built"
    with open_store(tmp_path / "store") as a, open_store(tmp_path / "store2") as b:
        assert len(a) == len(b)
