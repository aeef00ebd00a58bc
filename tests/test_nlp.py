"""The offline Stanza pipeline with the shipped model, and the NER training code on a tiny slice."""
from __future__ import annotations

import re
import socket
import subprocess
import sys

import pytest

from simpul.extract.modelfiles import CHARLM, NER_MODEL, PRETRAIN
from simpul.extract.nlp import ModelMissingError, load_nlp
from simpul.extract.records import Article


def test_pipeline_builds_offline_from_an_empty_resources_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "empty"))
    monkeypatch.setenv("SIMPUL_STANZA_DIR", str(tmp_path / "empty"))

    def no_network(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    nlp = load_nlp(threads=1)
    doc = nlp.process(Article(id="x", text="Bupati Sukamaju Ahmad Wiryawan meminta camat di Kabupaten Sukamaju netral."))
    assert len(doc.sentences) == 1
    assert not list((tmp_path / "empty").glob("**/*.json")), "no resources.json may be written or fetched"


def test_shipped_model_files_load_as_plain_weights():
    """Both files open with torch.load(weights_only=True): tensors and plain data, no pickled code."""
    import torch

    from simpul.extract.nlp import model_paths

    for path in model_paths():
        data = torch.load(path, map_location="cpu", weights_only=True)
        assert isinstance(data, dict) and data, path


def test_loading_builds_no_optimizer_and_leaves_training_able_to_build_one():
    """Tagging needs no optimizer; building one would import torch._dynamo (a third of the load time). Checked in a
    fresh interpreter, since another test may already have imported it here. The optimizer builder is restored after."""
    code = (
        "import sys\n"
        "from simpul.extract.nlp import load_nlp\n"
        "from simpul.extract.records import Article\n"
        "nlp = load_nlp(threads=1)\n"
        "doc = nlp.process(Article(id='x', text='Camat Sukamaju Ahmad Wiryawan hadir di Kabupaten Sukamaju.'))\n"
        "tagger = nlp.stanza_pipeline.processors['ner'].trainers[0]\n"
        "print(tagger.optimizer is None, 'torch._dynamo' in sys.modules, len(doc.sentences[0].entities) > 0)\n"
        "import torch\n"
        "from stanza.models.common import utils\n"
        "print(type(utils.get_optimizer('sgd', torch.nn.Linear(1, 1), 0.1)).__name__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[0] == "True False True", out
    assert out[1] == "SGD", out


def test_entities_carry_article_offsets(nlp):
    text = ("Pj Bupati Sukamaju, Ahmad Wiryawan, meminta seluruh ASN netral. "
            "Gubernur Jawa Timur juga hadir di Surabaya bersama Kapolda.")
    doc = nlp.process(Article(id="x", text=text))
    ents = [e for s in doc.sentences for e in s.entities]
    assert ents, "the model finds entities in a plain news sentence"
    for e in ents:
        assert text[e.start:e.end] == e.text and e.type in {"PER", "LOC", "ORG"}
    assert any(e.type == "PER" and "Wiryawan" in e.text for e in ents)
    assert not any(e.type == "PER" and e.text.split()[0] in {"Bupati", "Pj", "Gubernur", "Kapolda"} for e in ents)


def _entities_of(text: str, tags: list[str]):
    """Our entities for one sentence ``text`` as if the tagger had given its tokens ``tags`` (BIOES)."""
    from simpul.extract.nlp import _entities
    from simpul.extract.tokenize import split_sentences

    sent = split_sentences(text)[0]
    assert len(sent.tokens) == len(tags), [t.text for t in sent.tokens]
    return _entities(sent, tags)


def test_tags_without_stanza_documents_are_the_pipelines_tags(shared, nlp):
    """The lean path (tagging.py) gives every sentence the tags the full Stanza pipeline gives it: on NERGrit's
    valid split and the seed articles, cased and lower-cased, with sentences long and short in one batch."""
    from simpul.extract.nerdata import read_conll
    from simpul.extract.tagging import tag_sentences
    from simpul.extract.tokenize import split_sentences

    sents = [s.tokens for s in read_conll(shared / "data" / "ner" / "nergrit" / "valid.txt")]
    for path in sorted((shared / "seeds").iterdir()):
        sents += [[t.text for t in s.tokens] for s in split_sentences(path.read_text(encoding="utf-8", errors="replace"))]
    sents += [[w.lower() for w in s] for s in sents[:200]]
    lean, full = _lean_and_pipeline_tags(nlp, sents)
    assert len(lean) == len(full) == len(sents) > 500
    assert sum(t != "O" for s in lean for t in s) > 500, "the comparison covers many entity tags"
    assert lean == full


def _scrambled(nlp):
    """``nlp`` with every weight of its tagger drawn at random (seeded): a model trained 20 steps tags every word O,
    which would make comparing two ways of decoding it empty."""
    import torch

    torch.manual_seed(5)
    with torch.no_grad():
        for weights in nlp.stanza_pipeline.processors["ner"].trainers[0].model.parameters():
            weights.normal_(0, 1)
    return nlp


def _lean_and_pipeline_tags(nlp, sents: list[list[str]]):
    """Tags of ``sents`` from tagging.py and from the full Stanza pipeline of ``nlp``."""
    from simpul.extract.tagging import tag_sentences

    trainer = nlp.stanza_pipeline.processors["ner"].trainers[0]
    lean = tag_sentences(trainer, sents, nlp.batch_size)
    assert type(trainer.model.crits[0]).__name__ == "CRFLoss", "the tagger's CRF loss layers are back after tagging"
    assert sum(t != "O" for s in lean for t in s) > len(sents), "the comparison covers many entity tags"
    return lean, [[t.ner for t in s.tokens] for s in nlp.stanza_pipeline(sents).sentences]


def test_only_person_place_and_organisation_spans_leave_the_tagger():
    """A tagger trained with --keep-type also tags events and foods; the article's entities stay PER/LOC/ORG."""
    tags = ["B-EVT", "E-EVT", "O", "S-LOC", "O", "B-PER", "E-PER", "O"]
    ents = _entities_of("Piala Dunia di Qatar ditonton Budi Santoso.", tags)
    assert [(e.text, e.type) for e in ents] == [("Qatar", "LOC"), ("Budi Santoso", "PER")]


@pytest.mark.parametrize("text, tags, spans", [
    # an honorific the tagger put at the end of the body before the person belongs to neither
    ("Ketua Ikatan Guru Desa H. M. Budi hadir.", ["O", "B-ORG", "I-ORG", "I-ORG", "E-ORG", "B-PER", "E-PER", "O", "O"],
     [("Ikatan Guru Desa", "ORG"), ("M. Budi", "PER")]),
    # with no person after it, the body keeps the word ("Ikatan Persaudaraan Haji")
    ("Ikatan Persaudaraan Haji hadir.", ["B-ORG", "I-ORG", "E-ORG", "O", "O"], [("Ikatan Persaudaraan Haji", "ORG")]),
])
def test_an_honorific_closing_a_body_before_a_person_leaves_the_body(text, tags, spans):
    assert [(e.text, e.type) for e in _entities_of(text, tags)] == spans


@pytest.mark.parametrize("text, tags, names", [
    # a rank, an enlisted rank and an honorific with its dot, each tagged inside the person by the tagger
    ("Kombes Budi Santoso hadir.", ["B-PER", "I-PER", "E-PER", "O", "O"], ["Budi Santoso"]),
    ("Pratu Andi Wijaya dan H. Ahmad Wiryawan hadir.",
     ["B-PER", "I-PER", "E-PER", "O", "B-PER", "I-PER", "E-PER", "O", "O"], ["Andi Wijaya", "Ahmad Wiryawan"]),
    # nothing but titles: no person at all
    ("Pak Kapolres datang.", ["B-PER", "E-PER", "O", "O"], []),
    # a title word after the first name word stays: only leading titles go
    ("Ahmad Mayor hadir.", ["B-PER", "E-PER", "O", "O"], ["Ahmad Mayor"]),
    # a ke-...-an noun that closes the title before the span is no first name; alone, or first in a sentence, it stays
    ("Kepala Staf Kepresidenan Moeldoko hadir.", ["O", "O", "B-PER", "E-PER", "O", "O"], ["Moeldoko"]),
    ("Kepala Staf Kepresidenan hadir.", ["O", "O", "S-PER", "O", "O"], ["Kepresidenan"]),
    ("Kesumawan Budi hadir.", ["B-PER", "E-PER", "O", "O"], ["Kesumawan Budi"]),
    ("Rapat dengan Kesumawan Budi.", ["O", "O", "B-PER", "E-PER", "O"], ["Kesumawan Budi"]),
])
def test_leading_honorifics_and_ranks_leave_person_spans(text, tags, names):
    """The public NER sets mostly tag "Pak X", "Kombes X" with the title outside the name, as our guideline does."""
    ents = _entities_of(text, tags)
    assert [e.text for e in ents if e.type == "PER"] == names
    assert all(text[e.start:e.end] == e.text for e in ents)


def test_training_code_runs_on_a_tiny_slice_and_the_model_loads(shared, tmp_path):
    from simpul.extract.nerdata import read_conll
    from simpul.extract.train_ner import TrainConfig, train

    cfg = TrainConfig(shared=shared, work=tmp_path / "work", out_dir=tmp_path / "model", max_steps=20,
                      eval_interval=10, sample=120, corpus_limit=150, vec_dim=24, vec_epochs=1, max_vocab=3000,
                      use_silver=True, charlm=True, charlm_hidden=32, charlm_epochs=1)
    report = train(cfg)
    assert report["data"]["sizes"]["train"] == 120
    assert report["data"]["sizes"]["silver"] > 0  # the distant-supervision option still builds its sentences
    assert report["data"]["dropped_overlap"] > 0  # idner/UGM sentences that sit in NERP valid/test never reach training
    assert set(report["data"]["tag_counts"]["train"]) <= {"PER", "LOC", "ORG"}
    assert set(report["files_mb"]) == {NER_MODEL, PRETRAIN, *CHARLM.values()}
    assert report["total_mb"] == pytest.approx(sum(report["files_mb"].values()))
    nlp = load_nlp(cfg.out_dir, threads=1)
    ner = nlp.stanza_pipeline.processors["ner"].trainers[0].model
    assert ner.args["charlm"] and ner.charmodel_forward.hidden_dim() == 32  # the tagger really reads our charlm
    assert ner.args["word_emb_dim"] == 24 == ner.word_emb.weight.shape[1]  # its word input follows the vectors' size
    doc = nlp.process(Article(id="t", text="Camat Sukamaju hadir. Rapat selesai."))
    assert [s.text for s in doc.sentences] == ["Camat Sukamaju hadir.", "Rapat selesai."]
    # with character LMs the batches come from Stanza's DataLoader; the tags are still the pipeline's
    sample = [s.tokens for s in read_conll(shared / "data" / "ner" / "nergrit" / "valid.txt")[:150]]
    lean, full = _lean_and_pipeline_tags(_scrambled(nlp), sample)
    assert lean == full and len(lean) == 150
    # the tagger needs both character models: one or both gone is a clear error, not a Stanza traceback
    aside = tmp_path / "aside"
    aside.mkdir()
    for gone in (["backward"], ["forward", "backward"]):
        for d in gone:
            (cfg.out_dir / CHARLM[d]).rename(aside / CHARLM[d])
        with pytest.raises(ModelMissingError, match="NER model files missing"):
            load_nlp(cfg.out_dir, threads=1)
        for d in gone:
            (aside / CHARLM[d]).rename(cfg.out_dir / CHARLM[d])
    # retrained without character LMs into the same folder: their files go, so nothing pairs the new tagger with them
    # (and with the second optimiser, which Stanza switches to when the step budget or the patience runs out)
    vectors = (cfg.work / "pretrain.pt").read_bytes()
    train(TrainConfig(**{**cfg.__dict__, "charlm": False, "reuse_vectors": True,
                         "second_optim": "adam", "tagger_args": ("--word_dropout", "0.05"), "heads": ("nergrit",),
                         "keep_types": ("EVT",), "fixed_steps": True}))
    assert (cfg.work / "pretrain.pt").read_bytes() == vectors == (cfg.out_dir / PRETRAIN).read_bytes()
    stanza_log = (cfg.work / "stanza-train.log").read_text(encoding="utf-8")
    assert "Switching to second optimizer: adam" in stanza_log
    # --fixed-steps: the dev set is scored once, after the last step, so no dev score picks an earlier checkpoint
    assert re.findall(r"step (\d+): train_loss", stanza_log) == ["20"] and "New best model saved" in stanza_log
    assert not any((cfg.out_dir / n).exists() for n in CHARLM.values())
    plain = load_nlp(cfg.out_dir, threads=1).stanza_pipeline.processors["ner"].trainers[0].model
    assert not plain.args["charlm"]
    assert plain.args["word_dropout"] == 0.05  # --tagger-arg reaches the tagger
    # NERP's events became a type of their own, left out of the dev score that picks the kept model
    assert {"B-EVT", "E-EVT"} <= set(plain.vocab["tag"].items(0))
    assert "ignore_tag_scores: EVT" in (cfg.work / "stanza-train.log").read_text(encoding="utf-8")
    assert len(plain.tag_clfs) == 2 and plain.args["predict_tagset"] == 0  # NERGrit's own head; the pipeline reads the shared one
    own = load_nlp(cfg.out_dir, threads=1, head=1)
    assert own.stanza_pipeline.processors["ner"].trainers[0].args["predict_tagset"] == 1
    lean, full = _lean_and_pipeline_tags(_scrambled(own), sample)  # a second head's tags, decoded from both heads' CRFs
    assert lean == full
    assert len(own.process(Article(id="h", text="Camat Sukamaju hadir.")).sentences) == 1
    with pytest.raises(ValueError, match="2 output head"):
        load_nlp(cfg.out_dir, threads=1, head=2)
    # kept vectors or character models made from other settings or text are refused, and stay as they were
    from simpul.extract.workstamp import StaleWorkFileError

    for change, option, what in ((dict(vec_kind="fasttext"), "--reuse-vectors", "kind: 'word2vec' kept, 'fasttext' asked"),
                                 (dict(cased_sets=("nergrit", "idner")), "--reuse-vectors", "text_sha256"),
                                 (dict(gazetteer_vectors=True), "--reuse-vectors", "gazetteer_vectors: None kept, True asked"),
                                 (dict(charlm=True, reuse_charlm=True, charlm_hidden=48), "--reuse-charlm", "hidden: 32 kept, 48 asked")):
        with pytest.raises(StaleWorkFileError, match=f"^{option}: .*{what}"):
            train(TrainConfig(**{**cfg.__dict__, "reuse_vectors": True, **change}))
    assert (cfg.work / "pretrain.pt").read_bytes() == vectors


def test_every_seed_person_is_a_PER_entity_and_no_title_is(shared, nlp):
    from simpul.extract.evalpersons import person_spans
    from simpul.extract.goldfile import gold_article, load_gold

    gold = load_gold(shared / "dev-gold", shared)
    rep = person_spans(gold, nlp)
    assert rep.persons > 0 and rep.whole == rep.persons, rep.summary()
    assert rep.with_role == [], rep.summary()
    for g in gold:  # bylines leave the text at ingest and live in metadata
        bylines = [p for p in g["persons"] if "byline" in (p.get("note") or "")]
        art = gold_article(g) if bylines else None
        for p in bylines:
            assert any(p["name"].split()[0].lower() in str(v).lower() for v in art.byline.values()), p


def test_bench_nlp_command_times_a_chosen_model_and_rejects_a_missing_one(shared, tmp_path):
    import re

    from simpul_cli import simpul

    from simpul.extract.nlp import MODEL_DIR

    ok = simpul("bench", "nlp", "--shared", str(shared), "--articles", "3", "--threads", "1", "--model-dir", str(MODEL_DIR))
    assert ok.returncode == 0, ok.stderr
    m = re.search(r"model load ([\d.]+)s \| (\d+) sentences, (\d+) tokens on 1 threads \| one article at a time: "
                  r"([\d.]+)s -> (\d+) sentences/s.* \| 8 at a time \(as `simpul build`\): ([\d.]+)s -> (\d+) sentences/s",
                  ok.stdout)
    assert m, ok.stdout
    assert float(m.group(1)) > 0 and 0 < int(m.group(2)) < int(m.group(3))
    assert float(m.group(4)) > 0 and float(m.group(6)) > 0
    missing = simpul("bench", "nlp", "--shared", str(shared), "--articles", "3", "--model-dir", str(tmp_path))
    assert missing.returncode == 2 and "NER model files missing" in missing.stderr


@pytest.mark.parametrize("integers", [False, True])
def test_batch_viterbi_is_stanzas_sentence_viterbi(integers):
    """Rows of any length, including 1, decoded together as Stanza decodes each alone; with small whole-number scores
    ties are everywhere, and both break them towards the lowest tag."""
    import torch
    from stanza.models.common.crf import viterbi_decode

    from simpul.extract.tagging import viterbi_batch

    gen = torch.Generator().manual_seed(3)
    lens = [9, 7, 7, 4, 1, 1]
    draw = (lambda *shape: torch.randint(-2, 3, shape, generator=gen).float()) if integers else \
        (lambda *shape: torch.randn(*shape, generator=gen))
    scores, trans = draw(len(lens), max(lens), 6), draw(6, 6)
    paths = viterbi_batch(scores, trans, lens)
    expected = [[int(t) for t in viterbi_decode(scores[i, :n].numpy(), trans.numpy())[0]] for i, n in enumerate(lens)]
    assert paths == expected
    assert [len(p) for p in paths] == lens
