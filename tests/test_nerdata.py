"""NER data preparation: tag mapping, BIO repair, de-duplication, casing, evaluation semantics."""
from simpul.extract import nerdata
from simpul.extract.evalner import NERScores
from simpul.extract.nerdata import TaggedSentence


def test_tags_map_to_per_loc_org():
    assert [nerdata.map_tag(t) for t in ["B-PPL", "I-PLC", "B-IND", "B-EVT", "B-FNB", "B-ORGANISATION", "I-PERSON", "O"]] \
        == ["B-PER", "I-LOC", "B-ORG", "O", "O", "B-ORG", "I-PER", "O"]


def test_kept_labels_stay_types_of_their_own_and_only_they():
    keep = ("EVT",)
    assert [nerdata.map_tag(t, keep) for t in ["B-EVT", "I-EVT", "B-FNB", "B-PPL", "B-evt"]] \
        == ["B-EVT", "I-EVT", "O", "B-PER", "B-EVT"]


def test_read_conll_keeps_the_labels_asked_for(tmp_path):
    (tmp_path / "a.txt").write_text("piala\tB-EVT\ndunia\tI-EVT\ndi\tO\nqatar\tB-PLC\nsate\tB-FNB\n", encoding="utf-8")
    assert nerdata.read_conll(tmp_path / "a.txt")[0].tags == ["O", "O", "O", "B-LOC", "O"]
    assert nerdata.read_conll(tmp_path / "a.txt", keep=nerdata.EXTRA_TYPES)[0].tags \
        == ["B-EVT", "I-EVT", "O", "B-LOC", "B-FNB"]


def test_bio_repair_turns_orphan_inside_into_begin():
    assert nerdata.repair_bio(["O", "I-PER", "I-PER", "I-LOC"]) == ["O", "B-PER", "I-PER", "B-LOC"]


def test_read_conll_tab_and_space(tmp_path):
    (tmp_path / "a.txt").write_text("Budi\tB-PPL\nke\tO\nsurabaya\tB-PLC\n\nIa\tO\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Budi PROPN B-PER\r\nhadir VERB O\r\n\r\n", encoding="utf-8")
    a = nerdata.read_conll(tmp_path / "a.txt")
    b = nerdata.read_conll(tmp_path / "b.txt")
    assert [s.tokens for s in a] == [["Budi", "ke", "surabaya"], ["Ia"]]
    assert a[0].tags == ["B-PER", "O", "B-LOC"]
    assert b[0].tokens == ["Budi", "hadir"] and b[0].tags == ["B-PER", "O"]


def test_dedupe_drops_held_out_sentences_whatever_their_case_or_spacing():
    held = [TaggedSentence(["bupati", "sukamaju", "hadir", "."], ["O"] * 4, "test")]
    train = [TaggedSentence(["Bupati", "Sukamaju", "hadir."], ["O"] * 3, "x"),
             TaggedSentence(["Camat", "hadir"], ["O", "O"], "x"),
             TaggedSentence(["camat", "hadir"], ["O", "O"], "y")]
    kept, dropped = nerdata.dedupe(train, held)
    assert [s.tokens for s in kept] == [["Camat", "hadir"]] and dropped == 2


def test_truecase_uses_corpus_forms_and_capitalises_entities():
    cmap = nerdata.build_casemap(["Kemarin bupati Sukamaju bertemu warga di Sukamaju"])
    s = TaggedSentence(["bupati", "sukamaju", "bertemu", "wiryo"], ["O", "B-LOC", "O", "B-PER"], "nerp")
    assert nerdata.truecase(s, cmap).tokens == ["Bupati", "Sukamaju", "bertemu", "Wiryo"]


def test_entity_scores_are_exact_span_matches_like_seqeval():
    from seqeval.metrics import f1_score

    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "O"]]
    pred = [["B-PER", "O", "O", "B-LOC"], ["B-ORG", "O"]]
    sc = NERScores()
    for g, p in zip(gold, pred):
        sc.add(g, p)
    assert abs(sc.prf()[2] - f1_score(gold, pred)) < 1e-9
    assert sc.prf("PER")[2] == 0.0 and sc.prf("LOC")[2] == 1.0
