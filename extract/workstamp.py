"""Stamps that say which settings and input text made a file kept in a training work folder.

``--reuse-vectors``, ``--reuse-charlm`` and ``--reuse-lm`` keep files from an earlier run; a stamp beside them lets a later run
keep them only when they are what it would make itself, so a training report never names settings its model
was not trained with.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Iterable


class StaleWorkFileError(RuntimeError):
    """A kept file was made with other settings or text than the run that wants to reuse it."""


def text_digest(texts: Iterable[str]) -> str:
    """SHA-256 over the texts, one per line, in order."""
    h = hashlib.sha256()
    for t in texts:
        h.update(t.encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def stamp_path(kept: Path) -> Path:
    return kept.with_name(kept.name + ".stamp.json")


def clear(kept: Path) -> None:
    """Drop the stamp before ``kept`` is remade, so a run cut short never leaves a stamp vouching for a stale file."""
    stamp_path(kept).unlink(missing_ok=True)


def write(kept: Path, stamp: dict) -> None:
    """Record ``stamp`` for ``kept`` (call once the file is complete)."""
    stamp_path(kept).write_text(json.dumps(stamp, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def reusable(kept: list[Path], stamp: dict, option: str) -> bool:
    """True when every kept file exists and the first one's stamp equals ``stamp``; False when a file is absent
    (the run makes them afresh). Raises StaleWorkFileError when the files exist but were made otherwise, naming
    each setting that differs."""
    if not all(p.is_file() for p in kept):
        return False
    sp = stamp_path(kept[0])
    try:
        old = json.loads(sp.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StaleWorkFileError(f"{option}: {kept[0]} has no stamp saying which settings made it; run without "
                                 f"{option} to make it afresh") from None
    except (OSError, ValueError) as exc:
        raise StaleWorkFileError(f"{option}: unreadable stamp {sp} ({exc}); run without {option} to make it afresh") \
            from None
    diff = [f"{k}: {old.get(k)!r} kept, {stamp.get(k)!r} asked" for k in sorted(set(old) | set(stamp))
            if old.get(k) != stamp.get(k)]
    if diff:
        raise StaleWorkFileError(f"{option}: {kept[0]} was made with other settings ({'; '.join(diff)}); run without "
                                 f"{option} to make it afresh, or use another --work folder")
    return True
