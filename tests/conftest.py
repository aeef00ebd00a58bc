"""Shared fixtures: the ../shared folder (skip when absent) and the loaded NLP pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"../shared not found at {SHARED}: seed articles and public data sets are not available")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    from simpul.extract.nlp import ModelMissingError, load_nlp

    try:
        return load_nlp(threads=2)
    except ModelMissingError as exc:  # the model ships with the repo; this only happens mid-training
        pytest.fail(str(exc))
