"""Pretraining the NER tagger's own encoder as a two-way word language model on unlabelled text.

The tagger's character model and BiLSTM are trained on the corpus before they see a tag: the forward half of the
BiLSTM state at word t predicts word t+1, the backward half predicts word t-1 (each half has only seen the words on
its own side, so neither can copy its target). The result is saved as a Stanza checkpoint that the NER trainer then
trains on from (``--finetune``); the tagger's size, and so its speed, stay as they are.
"""
from __future__ import annotations

import collections
import json
import math
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .tokenize import split_sentences


@dataclass(frozen=True)
class LMConfig:
    steps: int
    vocab: int = 20000  # predicted words (lower-cased); the rest are one unknown word
    batch: int = 32
    lr: float = 1e-3  # Adam
    out_dropout: float = 0.3  # on the BiLSTM states before the word predictions
    max_len: int = 50  # corpus lines are paragraphs: cut at sentence ends, at most this many tokens a piece
    seed: int = 1234


def lm_sentences(lines: Iterable[str], max_len: int = 50) -> list[list[str]]:
    """Token lists (case kept, as the tagger reads them) from corpus lines: the lines' sentences as the pipeline
    splits them (a closing quote stays with the sentence it ends), longer ones cut every ``max_len`` tokens; pieces
    under 3 tokens are dropped."""
    out: list[list[str]] = []
    for line in lines:
        for sent in split_sentences(line):
            words = [t.text for t in sent.tokens]
            out.extend(p for p in (words[i:i + max_len] for i in range(0, len(words), max_len)) if len(p) >= 3)
    return out


def word_index(sentences: list[list[str]], size: int) -> dict[str, int]:
    """The ``size`` - 1 most frequent lower-cased words, numbered from 1; 0 is every other word."""
    counts = collections.Counter(w.lower() for s in sentences for w in s)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: size - 1]
    return {w: i + 1 for i, (w, _) in enumerate(ranked)}


def shifted_targets(ids, lengths):
    """Which states predict which words. ``ids`` is a batch x time LongTensor of word numbers, ``lengths`` the
    sentence lengths. Returns (forward mask over positions 0..T-2, forward targets, backward mask over positions
    1..T-1, backward targets): the forward state at t predicts word t+1, the backward state at t word t-1."""
    import torch

    steps = torch.arange(ids.shape[1]).unsqueeze(0)
    valid = steps < torch.as_tensor(lengths).unsqueeze(1)
    pair = valid[:, 1:] & valid[:, :-1]
    return pair, ids[:, 1:][pair], pair, ids[:, :-1][pair]


def stanza_setup(stanza_cmd: list[str]):
    """The Stanza NER trainer's own arguments, word vectors, vocabulary and freshly initialised trainer for
    ``stanza_cmd`` (the options ``python -m stanza.models.ner_tagger`` would get), built as its ``train`` mode does."""
    from stanza.models import ner_tagger
    from stanza.models.common import utils
    from stanza.models.common.doc import Document
    from stanza.models.ner.data import DataLoader
    from stanza.models.ner.trainer import Trainer

    args = ner_tagger.parse_args(args=stanza_cmd)
    utils.set_random_seed(args["seed"])
    pretrain = ner_tagger.load_pretrain(args)
    args["word_emb_dim"] = pretrain.emb.shape[1]
    with open(args["train_file"], encoding="utf-8") as fh:
        train_doc = Document(json.load(fh))
    vocab = DataLoader(train_doc, args["batch_size"], args, pretrain, vocab=None, evaluation=False,
                       scheme=args.get("train_scheme"), max_batch_words=args["max_batch_words"]).vocab
    trainer = Trainer(args=args, vocab=vocab, pretrain=pretrain, device="cpu")
    return args, pretrain, vocab, trainer


def pretrain_encoder(stanza_cmd: list[str], sentences: list[list[str]], cfg: LMConfig, out: Path,
                     progress: bool = True) -> dict:
    """Trains the encoder of the tagger ``stanza_cmd`` describes as a two-way language model on ``sentences`` for
    ``cfg.steps`` batches and saves the whole tagger (output layer untouched) to ``out``. Returns the mean
    perplexities of the first and last 100 batches (half the batches in shorter runs), per direction."""
    import torch
    from stanza.models.common.doc import Document
    from stanza.models.ner.data import DataLoader
    from stanza.models.ner.trainer import unpack_batch
    from torch import nn
    from torch.nn.utils.rnn import pad_packed_sequence
    from tqdm import tqdm

    if cfg.steps < 1:
        raise ValueError(f"language-model pretraining needs at least one step, got {cfg.steps}")
    if not sentences:
        raise ValueError("no unlabelled sentences to pretrain the tagger's encoder on")
    args, pretrain, vocab, trainer = stanza_setup(stanza_cmd)
    model = trainer.model
    index = word_index(sentences, cfg.vocab)
    rng = random.Random(cfg.seed)
    order = list(sentences)
    rng.shuffle(order)
    doc = Document([[{"text": w, "ner": "O"} for w in s] for s in order])
    loader = DataLoader(doc, cfg.batch, args, pretrain, vocab=vocab, evaluation=False)
    torch.manual_seed(cfg.seed)
    hidden = args["hidden_dim"]
    n_words = len(index) + 1
    if n_words < 3:
        raise ValueError(f"the unlabelled sentences have {n_words - 1} distinct words; a language model needs 2 or more")
    # frequent words get the full-width softmax, rarer ones cheaper clusters, so the word prediction does not
    # outweigh the tagger itself in each step
    cutoffs = [c for c in (2000, 8000) if c < n_words - 1] or [n_words // 2]
    heads = nn.ModuleList(nn.AdaptiveLogSoftmaxWithLoss(hidden, n_words, cutoffs=cutoffs, div_value=4.0)
                          for _ in range(2))
    drop = nn.Dropout(cfg.out_dropout)
    states = {}
    hook = model.taggerlstm.register_forward_hook(lambda m, i, o: states.__setitem__("h", o[0]))
    params = [p for p in model.parameters() if p.requires_grad] + list(heads.parameters())
    opt = torch.optim.Adam(params, lr=cfg.lr)
    model.train()
    losses: list[tuple[float, float]] = []
    step = 0
    bar = tqdm(total=cfg.steps, desc="LM pretraining", unit="batch", disable=not progress)
    try:
        while step < cfg.steps:
            for batch in loader:
                if step >= cfg.steps:
                    break
                inputs, _, word_orig_idx, char_orig_idx, sentlens, wordlens, charlens, charoffsets = \
                    unpack_batch(batch, "cpu")
                words, wordchars, wordchars_mask, chars, tags = inputs
                opt.zero_grad()
                model(words, wordchars, wordchars_mask, tags, word_orig_idx, sentlens, wordlens, chars, charoffsets,
                      charlens, char_orig_idx)
                h = drop(pad_packed_sequence(states["h"], batch_first=True)[0])
                ids = torch.zeros(h.shape[:2], dtype=torch.long)
                for b, s in enumerate(words):
                    ids[b, : len(s)] = torch.tensor([index.get(w.lower(), 0) for w in s])
                fmask, ftgt, bmask, btgt = shifted_targets(ids, sentlens)
                lf = heads[0](h[:, :-1, :hidden][fmask], ftgt).loss
                lb = heads[1](h[:, 1:, hidden:][bmask], btgt).loss
                (lf + lb).backward()
                nn.utils.clip_grad_norm_(params, 5.0)
                opt.step()
                losses.append((lf.item(), lb.item()))
                step += 1
                bar.update(1)
                if step % 100 == 0:
                    bar.set_postfix(ppl=f"{_ppl(losses[-100:], 0):.0f}/{_ppl(losses[-100:], 1):.0f}")
    finally:
        bar.close()
        hook.remove()
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.save(str(out))
    window = max(1, min(100, step // 2))
    head, tail = losses[:window], losses[-window:]
    return {"steps": step, "sentences": len(sentences), "tokens": sum(map(len, sentences)), "vocab": n_words,
            "first_ppl": [round(_ppl(head, d), 1) for d in (0, 1)], "last_ppl": [round(_ppl(tail, d), 1) for d in (0, 1)]}


def _ppl(losses: list[tuple[float, float]], direction: int) -> float:
    return math.exp(sum(l[direction] for l in losses) / len(losses))

