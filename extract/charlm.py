"""Forward and backward character language models (Stanza charlm) for the NER tagger, trained on our corpus."""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

DIRECTIONS = ("forward", "backward")
_CHUNK_CHARS = 4_000_000  # Stanza batchifies each training file on its own; a few files keep memory flat


@dataclass
class CharlmConfig:
    hidden: int = 256  # measured on this CPU: 1024 (Stanza's default) would take ~2 h per epoch per direction
    epochs: int = 3
    cutoff: int = 100  # characters rarer than this become UNK
    seed: int = 1234


def write_text(lines: list[str], dev_lines: list[str], work: Path) -> tuple[Path, Path]:
    """Training text split into a few files under work/charlm-train, plus one dev file."""
    train_dir = work / "charlm-train"
    train_dir.mkdir(parents=True, exist_ok=True)
    for old in train_dir.glob("*.txt"):
        old.unlink()
    chunks: list[list[str]] = [[]]
    size = 0
    for line in filter(None, lines):
        if size >= _CHUNK_CHARS:
            chunks.append([])
            size = 0
        chunks[-1].append(line)
        size += len(line) + 1
    for n, chunk in enumerate(chunks):
        (train_dir / f"part{n:02d}.txt").write_text("\n".join(chunk) + "\n", encoding="utf-8")
    dev = work / "charlm-dev.txt"
    dev.write_text("\n".join(dev_lines) + "\n", encoding="utf-8")
    return train_dir, dev


def _command(cfg: CharlmConfig, direction: str, train_dir: Path, dev: Path, save_dir: Path) -> list[str]:
    return [sys.executable, "-m", "stanza.models.charlm", "--train_dir", str(train_dir), "--eval_file", str(dev),
            "--shorthand", "id_simpul", "--direction", direction, "--char_hidden_dim", str(cfg.hidden),
            "--epochs", str(cfg.epochs), "--cutoff", str(cfg.cutoff), "--seed", str(cfg.seed), "--eval_steps", "-1",
            "--save_dir", str(save_dir), "--save_name", f"charlm_{direction}.pt", "--no_checkpoint",
            "--report_steps", "100"]


def _build_vocab(cfg: CharlmConfig, train_dir: Path, out: Path) -> None:
    import torch
    from stanza.models.common.char_model import build_charlm_vocab

    torch.save(build_charlm_vocab(str(train_dir), cutoff=cfg.cutoff).state_dict(), out)


def train_pair(cfg: CharlmConfig, train_dir: Path, dev: Path, save_dir: Path, threads: int = 2) -> dict[str, Path]:
    """Trains both directions, side by side with one thread each when two are available; returns their files."""
    save_dir.mkdir(parents=True, exist_ok=True)
    _build_vocab(cfg, train_dir, save_dir / "id_simpul_vocab.pt")  # once, so the two jobs never race to write it
    per_job = max(1, threads // 2)
    parallel = threads >= 2
    env = {**os.environ, "OMP_NUM_THREADS": str(per_job), "STANZA_RESOURCES_DIR": str(save_dir / "no-resources")}
    jobs = []
    for d in DIRECTIONS:
        logf = (save_dir / f"charlm-{d}.log").open("w")
        proc = subprocess.Popen(_command(cfg, d, train_dir, dev, save_dir), stdout=logf, stderr=subprocess.STDOUT,
                                env=env)
        jobs.append((d, proc, logf))
        if not parallel:
            proc.wait()
    for d, proc, logf in jobs:
        rc = proc.wait()
        logf.close()
        if rc:
            raise RuntimeError(f"charlm {d} training failed (exit {rc}); see {save_dir}/charlm-{d}.log")
    return {d: save_dir / f"charlm_{d}.pt" for d in DIRECTIONS}
