"""`simpul train ner`: data preparation, word vectors and Stanza NER training, from ../shared/data only."""
from __future__ import annotations

import json
import logging
import os
import random
import shutil
import subprocess
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, NamedTuple

from . import charlm, gazetteer, lmpretrain, nerdata, silver, wordvec, workstamp
from .heldout import HeldOutText
from .modelfiles import CHARLM, MODEL_DIR, NER_MODEL, PRETRAIN, RESOURCES

log = logging.getLogger(__name__)
CORPUS_FILES = ("bppt_panl_id.txt", "detik2025_gabriellaclairine.txt", "idn_tagged_corpus_sentences.txt",
                "indosum_devfolds.txt", "ud_id_sentences.txt")


# The cased public training sets, by the short name the CLI takes.
CASED_SETS_FILES = {"nergrit": "nergrit/train.txt", "idner": "idner-news-2k/train.txt",
                    "nerugm": "indolem-nerugm/nerugm_all.tsv", "nerui": "indolem-nerui/nerui_all.tsv"}
CASED_SETS = tuple(CASED_SETS_FILES)
# Every training set's short name (as --repeat takes it) by the folder its sentences come from.
SET_NAMES = {"nerp": "nerp", **{v.split("/")[0]: k for k, v in CASED_SETS_FILES.items()}}


SHIPPED_MB_LIMIT = 60  # the package's model files together (issue 3)


@dataclass
class TrainConfig:
    shared: Path
    work: Path
    out_dir: Path = MODEL_DIR
    seed: int = 1234
    max_steps: int = 12000
    eval_interval: int = 500
    use_silver: bool = False  # measured: the silver sentences cost NERGrit 1.4 F1 and gained nothing on news
    silver_repeat: int = 2
    # NERP is lower-cased and tags government bodies (dpr, kpk) as O where the cased sets tag them ORG: shown only
    # lower-cased, its convention stays with lower-cased text (truecased copies cost 9 idner / 1 NERP F1, REPORT.md)
    lower_fraction: float = 0.0  # share of cased sentences also shown lower-cased
    truecase_nerp: bool = False
    cased_sets: tuple[str, ...] = CASED_SETS
    # (set, k): that set's sentences shown k times. Measured: the best dev F1 (0.820 against 0.813 shown once each),
    # NERGrit +2.2, NERP -0.5, news unchanged (REPORT.md)
    repeat: tuple[tuple[str, int], ...] = (("nergrit", 3), ("nerp", 2))
    # (set, k): each of that set's sentences with an entity also shown k times with gazetteer names swapped in
    swap: tuple[tuple[str, int], ...] = ()
    threads: int = 2
    vec_kind: str = "word2vec"  # or "fasttext": measured, dev 0.804 against 0.820 at step 8,000 (REPORT)
    vec_dim: int = 100
    vec_epochs: int = 8
    max_vocab: int = 50000
    # DBpedia gazetteer words missing from the vector table added to it, each at its type's centroid (wordvec.lexicon_vectors).
    # Measured: best dev 0.823 against 0.820, test scores within noise (-0.5 / +0.5 / -0.3), but the table grows from
    # 47,561 to 89,673 words (files 57.8 MB) and loading takes 1 s longer (REPORT.md), so it is off
    gazetteer_vectors: bool = False
    reuse_vectors: bool = False  # keep work/pretrain.pt when its stamp shows the same settings and text
    charlm: bool = False  # measured: no steady gain, and NER 2.1x slower (162 sentences/s, below the 300 target)
    charlm_hidden: int = 256
    charlm_epochs: int = 3
    reuse_charlm: bool = False  # keep work/charlm/ when its stamp shows the same settings and text
    # once SGD goes 3,000 steps without a better dev score, Stanza reloads the best model and trains on with this
    # one (measured: no gain, REPORT); at max_steps it switches and stops at once, so give it steps to spare
    second_optim: str | None = None
    second_lr: float = 0.005
    # sets that also get an output head of their own, trained on their sentences only (the first head, trained on
    # all, is the one the pipeline and the dev score use)
    heads: tuple[str, ...] = ()
    # labels of nerdata.EXTRA_TYPES trained as types of their own instead of O; the dev score leaves them out
    keep_types: tuple[str, ...] = ()
    # NERP's and NERGrit's valid splits trained on too (the final model of a setting chosen on them); the dev score
    # then comes from idner-news-2k dev, news like the graph's input, and no sentence of it reaches training
    train_on_valid: bool = False
    # train exactly max_steps steps and keep that model: no dev score picks a checkpoint, stops early or lowers the
    # learning rate (the dev set is scored once, at the end)
    fixed_steps: bool = False
    # batches of language-model pretraining of the tagger's character model and BiLSTM on the corpus before NER
    # training starts from them (extract/lmpretrain.py); 0 = off. Measured with 3,000: an early lead, best dev 0.819
    # against 0.820 (REPORT)
    lm_steps: int = 0
    lm_vocab: int = 20000
    reuse_lm: bool = False  # keep work/lm-init.pt when its stamp shows the same settings, tagger, files and text
    tagger_args: tuple[str, ...] = ()  # further Stanza tagger options for experiments, e.g. ("--word_dropout", "0.05")
    corpus_limit: int | None = None  # lines per corpus file (tiny runs in tests)
    sample: int | None = None  # training sentences cap (tiny runs in tests)


@dataclass
class DataReport:
    sizes: dict[str, int] = field(default_factory=dict)
    dropped_overlap: int = 0
    corpus_lines_with_heldout: int = 0  # unlabelled lines quoting a dev/test sentence, dropped
    tag_counts: dict[str, dict[str, int]] = field(default_factory=dict)


def _ner(cfg: TrainConfig, rel: str) -> list[nerdata.TaggedSentence]:
    return nerdata.read_conll(cfg.shared / "data" / "ner" / rel, keep=cfg.keep_types)


def gold_lines(repo_root: Path) -> set[int]:
    """Detik corpus lines annotated as dev or test gold: kept out of silver training."""
    out = set()
    folders = sorted((repo_root / "tests" / "gold").glob("detik*"))  # the dev gold and every held-out set
    for f in (f for d in folders if d.is_dir() for f in d.glob("*.json")):
        try:
            out.add(int(json.loads(f.read_text(encoding="utf-8"))["line"]))
        except (ValueError, KeyError):
            continue
    return out


def held_out_sets(cfg: TrainConfig) -> tuple[dict[str, list], dict[str, list]]:
    """(test sets, dev sets) by name: neither ever reaches training, labelled or not."""
    evals = {
        "nerp-test": _ner(cfg, "nerp/test.txt"), "nergrit-test": _ner(cfg, "nergrit/test.txt"),
        "idner-test": _ner(cfg, "idner-news-2k/test.txt"),
    }
    dev_sets = {} if cfg.train_on_valid else {name: _ner(cfg, VALID_FILES[name]) for name in VALID_FILES}
    dev_sets["idner-dev"] = _ner(cfg, "idner-news-2k/dev.txt")
    return evals, dev_sets


def pooled(*sets: dict[str, list]) -> list[nerdata.TaggedSentence]:
    """All sentences of the named sets (e.g. both results of held_out_sets) in one list."""
    return [s for named in sets for v in named.values() for s in v]


# The valid splits that pick the kept model, unless train_on_valid trains on them.
VALID_FILES = {"nerp-valid": "nerp/valid.txt", "nergrit-valid": "nergrit/valid.txt"}


class Prepared(NamedTuple):
    train: list  # what the tagger is shown: repeats, name-swapped copies and silver sentences included, shuffled
    dev: list
    report: DataReport
    # each training sentence of the public sets once, as published, shuffled: the labelled sets' share of the
    # unlabelled text the word vectors and character models learn from (repeats and re-cased or name-swapped copies
    # weight the tagger's loss, not the word statistics)
    distinct: list


def prepare(cfg: TrainConfig, evals: dict[str, list], dev_sets: dict[str, list]) -> Prepared:
    """The training and dev sentences from the training sets; ``evals`` and ``dev_sets`` (held_out_sets) never reach
    training."""
    rep = DataReport()
    held = pooled(evals, dev_sets)
    nerp_train = _ner(cfg, "nerp/train.txt") + (_ner(cfg, VALID_FILES["nerp-valid"]) if cfg.train_on_valid else [])
    cased = [s for rel in cfg.cased_sets for s in _ner(cfg, CASED_SETS_FILES[rel])]
    if cfg.train_on_valid and "nergrit" in cfg.cased_sets:
        cased += _ner(cfg, VALID_FILES["nergrit-valid"])
    raw = nerp_train + cased
    kept, rep.dropped_overlap = nerdata.dedupe(raw, held)
    distinct = nerdata.shuffled(kept, cfg.seed)[: cfg.sample]
    # idner-test de-duplicated against training: keep only its sentences unseen elsewhere
    rng = random.Random(cfg.seed)
    train: list = []
    casemap = _casemap(cfg)
    for s in kept:
        train.append(s)
        nerp = set_name(s) == "nerp"
        if nerp and cfg.truecase_nerp:
            train.append(nerdata.truecase(s, casemap))
        elif not nerp and rng.random() < cfg.lower_fraction:
            train.append(nerdata.lowercased(s))
    rep.sizes.update({f"train_{n}": c for n, c in sorted(Counter(set_name(s) for s in train).items())})
    times = dict(cfg.repeat)
    swaps = _swapped(cfg, train, held, rep)
    train = [r for s in train for r in [s] * times.get(set_name(s), 1)] + swaps
    if cfg.use_silver:
        regions = silver.load_region_names(cfg.shared / "data" / "lexicon" / "wilayah_kemendagri_2025.tsv")
        sil = silver.silver_sentences(cfg.shared / "data" / "corpus" / "detik2025_gabriellaclairine.txt",
                                      cfg.shared / "data" / "silver" / "detik2025_stakeholder_entities.jsonl",
                                      regions, casemap, exclude_lines=gold_lines(Path(__file__).resolve().parents[1]))
        sil, _ = nerdata.dedupe(sil, held)
        rep.sizes["silver"] = len(sil)
        rep.tag_counts["silver"] = nerdata.tag_counts(sil)
        train.extend(sil * cfg.silver_repeat)
    train = nerdata.shuffled(train, cfg.seed)
    if cfg.sample:
        train = train[: cfg.sample]
    if cfg.train_on_valid:
        dev = dev_sets["idner-dev"]
    else:
        dev = dev_sets["nergrit-valid"] + dev_sets["nerp-valid"][:800]
    rep.sizes.update({"train": len(train), "dev": len(dev), **{k: len(v) for k, v in evals.items()}})
    rep.tag_counts["train"] = nerdata.tag_counts(train)
    return Prepared(train, dev, rep, distinct)


def _swapped(cfg: TrainConfig, train: list, held: list, rep: DataReport) -> list[nerdata.TaggedSentence]:
    """The name-swapped copies ``cfg.swap`` asks for (NERP's lower-cased like NERP itself)."""
    if not cfg.swap:
        return []
    gaz = gazetteer.load_gazetteer(cfg.shared)
    out: list[nerdata.TaggedSentence] = []
    for n, (name, k) in enumerate(cfg.swap):
        copies = gazetteer.swapped_copies([s for s in train if set_name(s) == name], k, gaz, cfg.seed + n)
        if name == "nerp":
            copies = [nerdata.lowercased(s) for s in copies]
        copies, _ = nerdata.dedupe(copies, held)
        rep.sizes[f"swapped_{name}"] = len(copies)
        out += copies
    return out


def set_name(s: nerdata.TaggedSentence) -> str:
    """The short name of the training set a sentence comes from ("nerp", "nergrit", ...)."""
    folder = s.source.split("/")[0]
    return SET_NAMES.get(folder, folder)


def head_columns(heads: tuple[str, ...]):
    """A sentence's tag rows: the shared head's, then one per set in ``heads`` (empty unless it is that set's)."""
    def columns(s: nerdata.TaggedSentence) -> list[list[str]]:
        return [s.tags] + [s.tags if set_name(s) == h else [nerdata.NO_TAG] * len(s.tags) for h in heads]
    return columns


def _casemap(cfg: TrainConfig) -> dict[str, str]:
    lines: list[str] = []
    for name in ("indosum_devfolds.txt", "detik2025_gabriellaclairine.txt", "bppt_panl_id.txt"):
        with (cfg.shared / "data" / "corpus" / name).open(encoding="utf-8") as fh:
            lines.extend(l for n, l in enumerate(fh) if cfg.corpus_limit is None or n < cfg.corpus_limit)
    return nerdata.build_casemap(lines)


def corpus_lines(cfg: TrainConfig, held_out: Iterable[nerdata.TaggedSentence], rep: DataReport) -> list[str]:
    """Unlabelled corpus lines for vectors and character models, without any line quoting a ``held_out`` sentence."""
    held = HeldOutText(held_out)
    lines: list[str] = []
    for name in CORPUS_FILES:
        with (cfg.shared / "data" / "corpus" / name).open(encoding="utf-8", errors="replace") as fh:
            lines.extend(l.rstrip("\n") for n, l in enumerate(fh) if cfg.corpus_limit is None or n < cfg.corpus_limit)
    kept, rep.corpus_lines_with_heldout = held.kept_lines(lines)
    rep.sizes["corpus_lines"] = len(kept)
    return kept


def vector_stamp(cfg: TrainConfig, lines: list[str], labelled: list) -> dict:
    """What makes the word vectors: their settings and a digest of the text they are trained on."""
    stamp = {"kind": cfg.vec_kind, "dim": cfg.vec_dim, "epochs": cfg.vec_epochs, "seed": cfg.seed,
             "max_vocab": cfg.max_vocab,
             "text_sha256": workstamp.text_digest([*lines, *(" ".join(s.tokens) for s in labelled)])}
    if cfg.gazetteer_vectors:  # only then, so stamps of earlier runs without the option stay valid
        stamp["gazetteer_vectors"] = True
        stamp["gazetteer_sha256"] = gazetteer.list_digests(cfg.shared)
    return stamp


def build_vectors(cfg: TrainConfig, lines: list[str], labelled: list) -> Path:
    """WORK/pretrain.pt from the corpus ``lines`` and the text of the ``labelled`` training sentences: kept from an
    earlier run when ``cfg.reuse_vectors`` and its stamp match, else made afresh."""
    out = cfg.work / "pretrain.pt"
    stamp = vector_stamp(cfg, lines, labelled)
    if cfg.reuse_vectors and workstamp.reusable([out], stamp, "--reuse-vectors"):
        return out
    workstamp.clear(out)
    sents = wordvec.corpus_sentences(lines, extra=[s.tokens for s in labelled])
    model = wordvec.train_vectors(sents, dim=cfg.vec_dim, epochs=cfg.vec_epochs, seed=cfg.seed, kind=cfg.vec_kind)
    extra = {}
    if cfg.gazetteer_vectors:
        types = gazetteer.token_types(gazetteer.load_gazetteer(cfg.shared))
        extra = wordvec.lexicon_vectors(wordvec.table(model, cfg.max_vocab), types)
        log.info("gazetteer words added to the vector table: %d", len(extra))
    wordvec.write_pretrain(model, out, cfg.max_vocab, extra)
    workstamp.write(out, stamp)
    return out


def build_charlms(cfg: TrainConfig, lines: list[str], labelled: list, dev: list) -> dict[str, Path]:
    """Forward and backward character LMs on the corpus ``lines`` plus the text of the ``labelled`` training
    sentences (tokens joined by spaces, as the tagger sees them)."""
    save = cfg.work / "charlm"
    cached = [save / f"charlm_{d}.pt" for d in charlm.DIRECTIONS]
    text = lines + [" ".join(s.tokens) for s in labelled]
    dev_text = [" ".join(s.tokens) for s in dev]
    ccfg = charlm.CharlmConfig(hidden=cfg.charlm_hidden, epochs=cfg.charlm_epochs, seed=cfg.seed)
    stamp = {**asdict(ccfg), "text_sha256": workstamp.text_digest(text), "dev_sha256": workstamp.text_digest(dev_text)}
    if cfg.reuse_charlm and workstamp.reusable(cached, stamp, "--reuse-charlm"):
        return dict(zip(charlm.DIRECTIONS, cached))
    workstamp.clear(cached[0])
    train_dir, dev_file = charlm.write_text(text, dev_text, cfg.work)
    made = charlm.train_pair(ccfg, train_dir, dev_file, save, threads=cfg.threads)
    workstamp.write(cached[0], stamp)
    return made


# Tagger options the command sets itself (data, files, schedule): --tagger-arg may not change them.
OWN_TAGGER_OPTIONS = {"mode", "shorthand", "train_file", "eval_file", "wordvec_pretrain_file", "save_dir", "save_name",
                      "max_steps", "eval_interval", "seed", "scheme", "max_steps_no_improve", "second_optim",
                      "second_lr", "charlm", "charlm_shorthand", "charlm_forward_file", "charlm_backward_file",
                      "ignore_tag_scores"}


def tagger_args(specs: Iterable[str]) -> tuple[str, ...]:
    """``["word_dropout=0.05"]`` -> ``("--word_dropout", "0.05")``, checked against Stanza's tagger options;
    a ValueError names the first option Stanza does not have or the command sets itself."""
    from stanza.models.ner_tagger import build_argparse

    known = {o for a in build_argparse()._actions for o in a.option_strings}
    out: list[str] = []
    for spec in specs:
        name, eq, value = spec.lstrip("-").partition("=")
        if name in OWN_TAGGER_OPTIONS:
            raise ValueError(f"tagger option {name!r} is set by the command itself")
        if "--" + name not in known:
            raise ValueError(f"Stanza's tagger has no option {name!r}")
        out += ["--" + name, value] if eq else ["--" + name]
    return tuple(out)


def check_optimizer(name: str) -> None:
    """A ValueError unless Stanza's trainer can build optimiser ``name`` (asked of Stanza, not a copied list)."""
    import torch
    from stanza.models.common.utils import get_optimizer

    try:
        get_optimizer(name, torch.nn.Linear(1, 1), 0.1)
    except ValueError:
        raise ValueError(f"unknown optimiser {name!r}") from None


def _check_choices(given: Iterable[str], allowed: Iterable[str], what: str, short: str) -> None:
    """A ValueError unless every name in ``given`` is one of ``allowed``, each named once."""
    given, allowed = list(given), sorted(allowed)
    for name in given:
        if name not in allowed:
            raise ValueError(f"unknown {what} {name!r}; choose from {allowed}")
    if len(set(given)) != len(given):
        raise ValueError(f"a {short} named twice: {', '.join(given)}")


def check_set_names(names: Iterable[str]) -> None:
    """A ValueError unless every name in ``names`` (heads, or the sets of a repeat or swap spec) is a training set's,
    named once."""
    _check_choices(names, set(SET_NAMES.values()), "training set", "set")


def check_lm(cfg: TrainConfig) -> None:
    """Language-model pretraining settings that cannot work, refused before any training."""
    if cfg.lm_steps < 0 or cfg.lm_vocab < 3:
        raise ValueError(f"--lm-steps must be 0 (off) or more and --lm-vocab at least 3, got {cfg.lm_steps} / {cfg.lm_vocab}")
    if cfg.lm_steps and cfg.heads:
        raise ValueError("--lm-steps cannot be combined with --head: the pretraining batches carry one tag column")
    if cfg.reuse_lm and not cfg.lm_steps:
        raise ValueError("--reuse-lm keeps a pretrained encoder: it needs --lm-steps")


def check_keep_types(types: Iterable[str]) -> None:
    """A ValueError unless every name in ``types`` is one of nerdata.EXTRA_TYPES, named once."""
    _check_choices(types, nerdata.EXTRA_TYPES, "type", "type")


def stanza_options(cfg: TrainConfig, train_json: Path, dev_json: Path, pretrain: Path,
                   charlms: dict[str, Path] | None = None) -> list[str]:
    """The options of Stanza's NER trainer (``python -m stanza.models.ner_tagger``) for this run."""
    cmd = ["--mode", "train", "--shorthand", "id_simpul",
           "--train_file", str(train_json), "--eval_file", str(dev_json), "--wordvec_pretrain_file", str(pretrain),
           "--save_dir", str(cfg.work), "--save_name", "ner.pt", "--max_steps", str(cfg.max_steps),
           "--eval_interval", str(cfg.max_steps if cfg.fixed_steps else cfg.eval_interval), "--seed", str(cfg.seed),
           "--scheme", "bioes", "--max_steps_no_improve", str(cfg.max_steps + 1 if cfg.fixed_steps else 3000)]
    if cfg.second_optim:
        cmd += ["--second_optim", cfg.second_optim, "--second_lr", str(cfg.second_lr)]
    if cfg.keep_types:  # the dev score, which picks the kept model, stays PER/LOC/ORG
        cmd += ["--ignore_tag_scores", ",".join(cfg.keep_types)]
    cmd += list(cfg.tagger_args)
    if charlms:
        cmd += ["--charlm", "--charlm_shorthand", "id_simpul", "--charlm_forward_file", str(charlms["forward"]),
                "--charlm_backward_file", str(charlms["backward"])]
    return cmd


def run_stanza(options: list[str], cfg: TrainConfig, init: Path | None = None) -> Path:
    """Train the Stanza tagger in a subprocess (its trainer is a script), from the checkpoint ``init`` if given
    (its settings are the ones it was made with); returns the saved model path."""
    save = cfg.work / "ner.pt"
    cmd = [sys.executable, "-m", "stanza.models.ner_tagger", *options]
    if init is not None:
        cmd += ["--finetune", "--finetune_load_name", str(init)]
    env = {**os.environ, "OMP_NUM_THREADS": str(cfg.threads), "STANZA_RESOURCES_DIR": str(cfg.work / "no-resources")}
    with (cfg.work / "stanza-train.log").open("w") as logf:
        subprocess.run(cmd, check=True, stdout=logf, stderr=subprocess.STDOUT, env=env)
    return save


# Tagger options that shape NER training only, not the encoder the language-model pretraining starts from.
NER_SCHEDULE_OPTIONS = {"save_dir", "save_name", "max_steps", "eval_interval", "max_steps_no_improve", "second_optim",
                        "second_lr", "ignore_tag_scores", "eval_file"}


def lm_stamp(lm_cfg: lmpretrain.LMConfig, options: list[str], lines: list[str]) -> dict:
    """What makes WORK/lm-init.pt: the pretraining settings, the tagger options that build the encoder (a file they
    name stands for its content, so a remade train.json or word-vector file with other content counts) and the text."""
    opts: dict[str, str | None] = {}
    name = None
    for o in options:
        if o.startswith("--"):
            name = o[2:]
            opts[name] = None
        elif name is not None:
            opts[name] = workstamp.file_digest(Path(o)) if Path(o).is_file() else o
    for k in NER_SCHEDULE_OPTIONS:
        opts.pop(k, None)
    return {**asdict(lm_cfg), "tagger": opts, "text_sha256": workstamp.text_digest(lines)}


def pretrain_lm(cfg: TrainConfig, options: list[str], lines: list[str]) -> tuple[Path, dict]:
    """WORK/lm-init.pt: the tagger ``options`` describe, its encoder pretrained as a language model on ``lines``;
    kept from an earlier run when ``cfg.reuse_lm`` and its stamp match (its statistics then come from that run)."""
    import torch

    out = cfg.work / "lm-init.pt"
    stats_file = cfg.work / "lm-init.stats.json"
    lm_cfg = lmpretrain.LMConfig(steps=cfg.lm_steps, vocab=cfg.lm_vocab, seed=cfg.seed)
    stamp = lm_stamp(lm_cfg, options, lines)
    if cfg.reuse_lm and workstamp.reusable([out, stats_file], stamp, "--reuse-lm"):
        return out, {**json.loads(stats_file.read_text(encoding="utf-8")), "reused": True}
    workstamp.clear(out)
    before = torch.get_num_threads()
    torch.set_num_threads(cfg.threads)
    try:
        stats = lmpretrain.pretrain_encoder(options, lmpretrain.lm_sentences(lines, lm_cfg.max_len), lm_cfg, out)
    finally:
        torch.set_num_threads(before)
    stats_file.write_text(json.dumps(stats, indent=1) + "\n", encoding="utf-8")
    workstamp.write(out, stamp)
    return out, stats


def train(cfg: TrainConfig) -> dict:
    """The whole reproducible command; writes model files into ``cfg.out_dir`` and a training report."""
    t0 = time.time()
    for names in (cfg.heads, [n for n, _ in cfg.repeat], [n for n, _ in cfg.swap]):
        check_set_names(names)
    check_keep_types(cfg.keep_types)
    check_lm(cfg)
    wordvec.check_vector_sizes(cfg.vec_dim, cfg.vec_epochs, cfg.max_vocab)
    cfg.work.mkdir(parents=True, exist_ok=True)
    evals, dev_sets = held_out_sets(cfg)
    train_s, dev_s, rep, distinct = prepare(cfg, evals, dev_sets)
    columns = head_columns(cfg.heads) if cfg.heads else None
    nerdata.write_stanza_json(train_s, cfg.work / "train.json", columns)
    nerdata.write_stanza_json(dev_s, cfg.work / "dev.json", columns)
    t1 = time.time()
    lines = corpus_lines(cfg, pooled(evals, dev_sets), rep)
    pretrain = build_vectors(cfg, lines, distinct)
    t2 = time.time()
    charlms = build_charlms(cfg, lines, distinct, dev_s) if cfg.charlm else None
    t_c = time.time()
    options = stanza_options(cfg, cfg.work / "train.json", cfg.work / "dev.json", pretrain, charlms)
    init, lm_stats = pretrain_lm(cfg, options, lines) if cfg.lm_steps else (None, None)
    t_lm = time.time()
    model = run_stanza(options, cfg, init)
    t3 = time.time()
    cfg.out_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(model, cfg.out_dir / NER_MODEL)
    shutil.copy(pretrain, cfg.out_dir / PRETRAIN)
    for d, name in CHARLM.items():
        if charlms:
            shutil.copy(charlms[d], cfg.out_dir / name)
        else:  # a model without them must not be paired with an earlier run's
            (cfg.out_dir / name).unlink(missing_ok=True)
    if not (cfg.out_dir / RESOURCES).is_file():  # the empty resources.json that keeps Stanza from downloading
        (cfg.out_dir / RESOURCES).write_text("{}\n", encoding="utf-8")
    shipped = [cfg.out_dir / n for n in (NER_MODEL, PRETRAIN, *CHARLM.values()) if (cfg.out_dir / n).is_file()]
    report = {"config": {k: str(v) for k, v in asdict(cfg).items()}, "data": asdict(rep),
              "seconds": {"prepare": round(t1 - t0, 1), "vectors": round(t2 - t1, 1), "charlm": round(t_c - t2, 1),
                          "lm": round(t_lm - t_c, 1), "ner": round(t3 - t_lm, 1)},
              "lm": lm_stats,
              "files_mb": {p.name: round(p.stat().st_size / 1e6, 2) for p in shipped}}
    report["total_mb"] = round(sum(report["files_mb"].values()), 2)
    if report["total_mb"] > SHIPPED_MB_LIMIT:
        log.warning("the model files take %.1f MB, over the %d MB the package may ship", report["total_mb"], SHIPPED_MB_LIMIT)
    (cfg.work / "train-report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    return report
