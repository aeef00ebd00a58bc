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
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import nerdata, silver, wordvec
from .modelfiles import MODEL_DIR, NER_MODEL, PRETRAIN, RESOURCES

log = logging.getLogger(__name__)
CORPUS_FILES = ("bppt_panl_id.txt", "detik2025_gabriellaclairine.txt", "idn_tagged_corpus_sentences.txt",
                "indosum_devfolds.txt", "ud_id_sentences.txt")


# The cased public training sets, by the short name the CLI takes.
CASED_SETS_FILES = {"nergrit": "nergrit/train.txt", "idner": "idner-news-2k/train.txt",
                    "nerugm": "indolem-nerugm/nerugm_all.tsv", "nerui": "indolem-nerui/nerui_all.tsv"}
CASED_SETS = tuple(CASED_SETS_FILES)


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
    threads: int = 2
    vec_dim: int = 100
    vec_epochs: int = 8
    max_vocab: int = 50000
    reuse_vectors: bool = False  # keep work/pretrain.pt from an earlier run with the same data
    corpus_limit: int | None = None  # lines per corpus file (tiny runs in tests)
    sample: int | None = None  # training sentences cap (tiny runs in tests)


@dataclass
class DataReport:
    sizes: dict[str, int] = field(default_factory=dict)
    dropped_overlap: int = 0
    tag_counts: dict[str, dict[str, int]] = field(default_factory=dict)


def _ner(cfg: TrainConfig, rel: str) -> list[nerdata.TaggedSentence]:
    return nerdata.read_conll(cfg.shared / "data" / "ner" / rel)


def gold_lines(repo_root: Path) -> set[int]:
    """Detik corpus lines annotated as dev gold: kept out of silver training."""
    d = repo_root / "tests" / "gold" / "detik"
    out = set()
    for f in d.glob("*.json") if d.is_dir() else []:
        try:
            out.add(int(json.loads(f.read_text(encoding="utf-8"))["line"]))
        except (ValueError, KeyError):
            continue
    return out


def prepare(cfg: TrainConfig) -> tuple[list, list, dict[str, list], DataReport]:
    """Returns (train, dev, eval sets by name, report); eval sets never reach training."""
    rep = DataReport()
    evals = {
        "nerp-test": _ner(cfg, "nerp/test.txt"), "nergrit-test": _ner(cfg, "nergrit/test.txt"),
        "idner-test": _ner(cfg, "idner-news-2k/test.txt"),
    }
    dev_sets = {"nerp-valid": _ner(cfg, "nerp/valid.txt"), "nergrit-valid": _ner(cfg, "nergrit/valid.txt"),
                "idner-dev": _ner(cfg, "idner-news-2k/dev.txt")}
    held = [s for v in list(evals.values()) + list(dev_sets.values()) for s in v]
    nerp_train = _ner(cfg, "nerp/train.txt")
    cased = [s for rel in cfg.cased_sets for s in _ner(cfg, CASED_SETS_FILES[rel])]
    raw = nerp_train + cased
    kept, rep.dropped_overlap = nerdata.dedupe(raw, held)
    # idner-test de-duplicated against training: keep only its sentences unseen elsewhere
    rng = random.Random(cfg.seed)
    train: list = []
    casemap = _casemap(cfg)
    for s in kept:
        train.append(s)
        if s.source.startswith("nerp") and cfg.truecase_nerp:
            train.append(nerdata.truecase(s, casemap))
        elif not s.source.startswith("nerp") and rng.random() < cfg.lower_fraction:
            train.append(nerdata.lowercased(s))
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
    dev = dev_sets["nergrit-valid"] + dev_sets["nerp-valid"][:800]
    rep.sizes.update({"train": len(train), "dev": len(dev), **{k: len(v) for k, v in evals.items()}})
    rep.tag_counts["train"] = nerdata.tag_counts(train)
    return train, dev, evals, rep


def _casemap(cfg: TrainConfig) -> dict[str, str]:
    lines: list[str] = []
    for name in ("indosum_devfolds.txt", "detik2025_gabriellaclairine.txt", "bppt_panl_id.txt"):
        with (cfg.shared / "data" / "corpus" / name).open(encoding="utf-8") as fh:
            lines.extend(l for n, l in enumerate(fh) if cfg.corpus_limit is None or n < cfg.corpus_limit)
    return nerdata.build_casemap(lines)


def build_vectors(cfg: TrainConfig, train: list) -> Path:
    files = [cfg.shared / "data" / "corpus" / f for f in CORPUS_FILES]
    if cfg.corpus_limit:
        cfg.work.mkdir(parents=True, exist_ok=True)
        small = []
        for f in files:
            p = cfg.work / f.name
            with f.open(encoding="utf-8") as fh:
                p.write_text("".join(l for n, l in enumerate(fh) if n < cfg.corpus_limit), encoding="utf-8")
            small.append(p)
        files = small
    sents = wordvec.corpus_sentences(files, extra=[s.tokens for s in train])
    model = wordvec.train_vectors(sents, dim=cfg.vec_dim, epochs=cfg.vec_epochs, seed=cfg.seed)
    return wordvec.write_pretrain(model, cfg.work / "pretrain.pt", cfg.max_vocab)


def run_stanza(cfg: TrainConfig, train_json: Path, dev_json: Path, pretrain: Path) -> Path:
    """Train the Stanza tagger in a subprocess (its trainer is a script); returns the saved model path."""
    save = cfg.work / "ner.pt"
    cmd = [sys.executable, "-m", "stanza.models.ner_tagger", "--mode", "train", "--shorthand", "id_simpul",
           "--train_file", str(train_json), "--eval_file", str(dev_json), "--wordvec_pretrain_file", str(pretrain),
           "--save_dir", str(cfg.work), "--save_name", save.name, "--max_steps", str(cfg.max_steps),
           "--eval_interval", str(cfg.eval_interval), "--seed", str(cfg.seed), "--scheme", "bioes",
           "--max_steps_no_improve", "3000"]
    env = {**os.environ, "OMP_NUM_THREADS": str(cfg.threads), "STANZA_RESOURCES_DIR": str(cfg.work / "no-resources")}
    with (cfg.work / "stanza-train.log").open("w") as logf:
        subprocess.run(cmd, check=True, stdout=logf, stderr=subprocess.STDOUT, env=env)
    return save


def train(cfg: TrainConfig) -> dict:
    """The whole reproducible command; writes model files into ``cfg.out_dir`` and a training report."""
    t0 = time.time()
    cfg.work.mkdir(parents=True, exist_ok=True)
    train_s, dev_s, evals, rep = prepare(cfg)
    nerdata.write_stanza_json(train_s, cfg.work / "train.json")
    nerdata.write_stanza_json(dev_s, cfg.work / "dev.json")
    t1 = time.time()
    cached = cfg.work / "pretrain.pt"
    pretrain = cached if cfg.reuse_vectors and cached.is_file() else build_vectors(cfg, train_s)
    t2 = time.time()
    model = run_stanza(cfg, cfg.work / "train.json", cfg.work / "dev.json", pretrain)
    t3 = time.time()
    cfg.out_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(model, cfg.out_dir / NER_MODEL)
    shutil.copy(pretrain, cfg.out_dir / PRETRAIN)
    if not (cfg.out_dir / RESOURCES).is_file():  # the empty resources.json that keeps Stanza from downloading
        (cfg.out_dir / RESOURCES).write_text("{}\n", encoding="utf-8")
    report = {"config": {k: str(v) for k, v in asdict(cfg).items()}, "data": asdict(rep),
              "seconds": {"prepare": round(t1 - t0, 1), "vectors": round(t2 - t1, 1), "ner": round(t3 - t2, 1)},
              "files_mb": {p.name: round(p.stat().st_size / 1e6, 2) for p in (cfg.out_dir / NER_MODEL, cfg.out_dir / PRETRAIN)}}
    (cfg.work / "train-report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    return report
