"""The offline Stanza pipeline: our rule tokenizer feeds Stanza's NER as pre-tokenised input.

Built only from files shipped in the package, with ``download_method=None``: it never fetches
resources.json or models, so it works with the network unplugged.
"""
from __future__ import annotations

import logging
import os
import re
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .lexicon import is_role_word
from .modelfiles import CHARLM, MODEL_DIR, NER_MODEL, PRETRAIN, RESOURCES
from .nameprefix import repair_prefixed_names
from .names import is_pre
from .nerdata import TYPES
from .records import Article, Doc, Entity, Sentence
from .runtogether import split_run_together
from .tagging import tag_sentences
from .tokenize import split_sentences

log = logging.getLogger(__name__)
# articles `simpul build` tags together: NER batches fill up across them (REPORT.md measures 8 against 1)
TAG_GROUP = 8


class ModelMissingError(RuntimeError):
    """The shipped NER model files are not where the package expects them."""


class NoSuchHeadError(ValueError):
    """The tagger has no output head of the number asked for."""


@dataclass
class NLP:
    """A loaded pipeline; ``process`` turns an Article into a Doc with sentences, tokens and entities (spans the tagger
    ran together split by what it marks elsewhere in the article, ``runtogether``)."""

    stanza_pipeline: object
    batch_size: int = 64

    def process(self, article: Article) -> Doc:
        return Doc(article, split_run_together(self.annotate(split_sentences(article.text))))

    def process_many(self, articles: list[Article]) -> list[Doc]:
        """``process`` of each article, all tagged in one go: batches fill up across articles (eight news articles
        at a time tag about a quarter more sentences per second than one at a time, REPORT.md)."""
        sentences = [split_sentences(a.text) for a in articles]
        self.annotate([s for sents in sentences for s in sents])
        return [Doc(a, split_run_together(sents)) for a, sents in zip(articles, sentences)]

    def annotate(self, sentences: list[Sentence]) -> list[Sentence]:
        """Adds entities (char offsets into the article) to ``sentences`` in place and returns them."""
        if not sentences:
            return sentences
        tokens = [[t.text for t in s.tokens] for s in sentences]
        trainer = self.stanza_pipeline.processors["ner"].trainers[0]
        for sent, words, tags in zip(sentences, tokens, tag_sentences(trainer, tokens, self.batch_size)):
            sent.entities = _entities(sent, repair_prefixed_names(words, tags))
        return sentences


_DERIVED_NOUN = re.compile(r"Ke[a-z]{3,}an")


def _entities(sent: Sentence, tags: list[str]) -> list[Entity]:
    """Map the tagger's token-level BIOES tags back to our character offsets; PER/LOC/ORG only (a tagger trained with
    ``--keep-type`` also tags NERP's events and foods, which the graph has no place for)."""
    out: list[Entity] = []
    start = typ = None
    for i, tag in enumerate(tags):
        prefix, _, label = tag.partition("-")
        if prefix in ("B", "S") or (prefix in ("I", "E") and (start is None or label != typ)):
            start, typ = i, label
        if prefix in ("S", "E") or (prefix in ("B", "I") and _ends_here(tags, i, label)):
            if start is not None and typ == "PER":
                start = _strip_titles(sent, start, i)  # "Sekda", "Pj Bupati" never belong to a person's name
            last = i
            if typ in ("ORG", "LOC") and i + 1 < len(tags) and tags[i + 1] in ("B-PER", "S-PER"):
                # "[Asosiasi Travel Nusantara H.] [M. Nama]": an honorific before the person is none of the body's
                while start is not None and last > start and is_pre(sent.tokens[last].text):
                    last -= 1
            if start is not None and start <= i and typ in TYPES:
                a, b = sent.tokens[start].start, sent.tokens[last].end
                out.append(Entity(sent_text_slice(sent, a, b), typ, a, b))
            start = typ = None
        if prefix == "O":
            start = typ = None
    return out


def _strip_titles(sent: Sentence, start: int, end: int) -> int:
    """First token of a PER span after any leading role words, qualifiers, honorifics and ranks (may pass ``end``:
    nothing left). All public NER sets mostly leave "Pak", "H.", "Kombes" outside the name (REPORT.md), as the
    guideline does."""
    # is_role_word covers the qualifiers ("Pj", "Plt") too
    while start <= end and (is_role_word(sent.tokens[start].text) or is_pre(sent.tokens[start].text)):
        start += 1
    # "Kepala Staf Kepresidenan Moeldoko": a ke-...-an noun after a capitalised word ends the title, it opens no name
    while 0 < start < end and _DERIVED_NOUN.fullmatch(sent.tokens[start].text) \
            and sent.tokens[start - 1].text[:1].isupper():
        start += 1
    return start


def _ends_here(tags: list[str], i: int, label: str) -> bool:
    nxt = tags[i + 1] if i + 1 < len(tags) else "O"
    return not (nxt.startswith(("I-", "E-")) and nxt[2:] == label)


def sent_text_slice(sent: Sentence, a: int, b: int) -> str:
    return sent.text[a - sent.start:b - sent.start]


def model_paths(model_dir: Path = MODEL_DIR) -> list[Path]:
    """The model files of ``model_dir``: NER, word vectors and, when training left them there, the forward and
    backward character language models (training without them removes them)."""
    files = [model_dir / NER_MODEL, model_dir / PRETRAIN]
    charlms = [model_dir / CHARLM["forward"], model_dir / CHARLM["backward"]]
    if any(p.is_file() for p in charlms):
        files += charlms
    missing = [p.name for p in (*files, model_dir / RESOURCES) if not p.is_file()]
    if missing:
        raise ModelMissingError(f"NER model files missing in {model_dir}: {', '.join(missing)}; run `simpul train ner`")
    return files


def load_nlp(model_dir: Path = MODEL_DIR, threads: int | None = None, head: int = 0) -> NLP:
    """Build the Stanza pipeline from shipped files only; no network, no resources.json. ``head`` picks the tagger's
    output head (0, the default, is the one trained on every set; a model trained with ``--head SET`` has more)."""
    import stanza
    import torch

    if threads:
        torch.set_num_threads(threads)
    ner, pre, *charlms = model_paths(model_dir)
    charlm_args = {"ner_forward_charlm_path": str(charlms[0]), "ner_backward_charlm_path": str(charlms[1])} if charlms else {}
    # Stanza looks for resources.json in `dir`; an empty private folder proves nothing is fetched or read from elsewhere.
    res_dir = os.environ.get("SIMPUL_STANZA_DIR") or tempfile.mkdtemp(prefix="simpul-stanza-")
    # An empty resources.json of our own: Stanza's catalogue would route "id" to models we neither have nor fetch.
    try:
        with _no_optimizer():
            pipe = stanza.Pipeline(lang="id", dir=res_dir, processors="tokenize,ner", tokenize_pretokenized=True,
                                   ner_model_path=str(ner), ner_pretrain_path=str(pre), download_method=None,
                                   resources_filepath=str(model_dir / RESOURCES), allow_unknown_language=True,
                                   use_gpu=False, logging_level="ERROR", ner_batch_size=64, **charlm_args)
    except Exception as exc:
        # Stanza's own charlm-not-found error ends in a KeyError of its catalogue lookup; the model's config says why
        # (read only here: reading it again costs 0.4 s)
        if not charlms and _trained_with_charlm(ner):
            raise ModelMissingError(f"NER model files missing in {model_dir}: {', '.join(CHARLM.values())} "
                                    "(its tagger was trained with them); run `simpul train ner`") from exc
        raise
    if head:
        tagger = pipe.processors["ner"].trainers[0]
        heads = len(tagger.model.tag_clfs)
        if not 0 <= head < heads:
            raise NoSuchHeadError(f"this NER model has {heads} output head(s), numbered 0-{heads - 1}; there is no head {head}")
        tagger.args["predict_tagset"] = head
    return NLP(pipe)


@contextmanager
def _no_optimizer():
    """While the pipeline loads, Stanza's NER trainer gets no optimizer. It builds one even to tag, and building any
    torch optimizer imports torch._dynamo: 1.4 s, about a third of a load. Tagging never takes an optimizer step."""
    from stanza.models.common import utils

    real = utils.get_optimizer
    utils.get_optimizer = lambda *args, **kwargs: None
    try:
        yield
    finally:
        utils.get_optimizer = real


def _trained_with_charlm(ner: Path) -> bool:
    import torch

    return bool(torch.load(ner, map_location="cpu", weights_only=True).get("config", {}).get("charlm"))
