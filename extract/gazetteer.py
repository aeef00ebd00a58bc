"""Name swapping for NER training: copies of a tagged sentence with its entity names replaced by DBpedia gazetteer names.

The public sets teach few distinct names per context (NERGrit: 1,669 sentences); a copy with other names of the same
type keeps the context and its labels and shows the tagger new names (mention replacement augmentation).
"""
from __future__ import annotations

import hashlib
import random
from collections import Counter
from pathlib import Path

from .nerdata import TaggedSentence, spans
from .tokenize import tokenize

GAZETTEER_DIR = Path("data") / "lexicon" / "gazetteer_ialfina_dbpedia"
# the hand-checked DBpedia lists; the "expanded" ones add village-district strings and band names listed as persons
GAZETTEER_FILES = {"PER": "original-dbpedia__person.txt", "LOC": "original-dbpedia__place.txt",
                   "ORG": "original-dbpedia__organization.txt"}
MAX_NAME_TOKENS = 8

Gazetteer = dict[str, list[tuple[str, ...]]]


class GazetteerError(ValueError):
    """The gazetteer folder or one of its lists is missing or holds no usable name."""


def _usable(name: str) -> bool:
    # "\ufffd": a name whose bytes did not decode; "(": a DBpedia disambiguation such as "Glay (band)"
    return "\ufffd" not in name and "(" not in name and any(c.isalpha() for c in name)


def _read_list(shared: Path, typ: str) -> bytes:
    path = shared / GAZETTEER_DIR / GAZETTEER_FILES[typ]
    try:
        return path.read_bytes()
    except OSError as exc:
        raise GazetteerError(f"gazetteer list {path} cannot be read: {exc.strerror or exc}") from exc


def load_gazetteer(shared: Path) -> Gazetteer:
    """Tokenised names by type (PER/LOC/ORG); a name listed under two types is left out, as it teaches no type."""
    folder = shared / GAZETTEER_DIR
    names: dict[str, set[str]] = {}
    for typ in GAZETTEER_FILES:
        text = _read_list(shared, typ).decode("utf-8", errors="replace")
        # "Pondok Aren, Tangerang Selatan" is two places in running text: the name is the part before the comma
        names[typ] = {" ".join(line.split(",")[0].split()) for line in text.splitlines()}
    out: Gazetteer = {}
    for typ, own in names.items():
        others = set().union(*(v for t, v in names.items() if t != typ))
        toks = [tuple(t.text for t in tokenize(n)) for n in sorted(own - others) if _usable(n)]
        out[typ] = [t for t in toks if len(t) <= MAX_NAME_TOKENS]
        if not out[typ]:
            raise GazetteerError(f"gazetteer list {folder / GAZETTEER_FILES[typ]} holds no usable {typ} name")
    return out


def list_digests(shared: Path) -> dict[str, str]:
    """SHA-256 of each type's list, for the stamp of files made from them."""
    return {typ: hashlib.sha256(_read_list(shared, typ)).hexdigest() for typ in GAZETTEER_FILES}


def swap_names(sent: TaggedSentence, gaz: Gazetteer, rng: random.Random) -> TaggedSentence:
    """``sent`` with every PER/LOC/ORG span replaced by a random gazetteer name of its type, tags following."""
    tokens: list[str] = []
    tags: list[str] = []
    pos = 0
    for typ, start, end in spans(sent.tags):
        tokens += sent.tokens[pos:start]
        tags += sent.tags[pos:start]
        name = rng.choice(gaz[typ])
        tokens += name
        tags += [f"B-{typ}"] + [f"I-{typ}"] * (len(name) - 1)
        pos = end
    tokens += sent.tokens[pos:]
    tags += sent.tags[pos:]
    return TaggedSentence(tokens, tags, sent.source + ":swapped")


def swapped_copies(sents: list[TaggedSentence], times: int, gaz: Gazetteer, seed: int) -> list[TaggedSentence]:
    """``times`` name-swapped copies of each sentence that has an entity (a sentence without one would come back as it is)."""
    rng = random.Random(seed)
    return [swap_names(s, gaz, rng) for s in sents if spans(s.tags) for _ in range(times)]


def token_types(gaz: Gazetteer) -> dict[str, Counter]:
    """Lower-cased word of a gazetteer name -> how many names of each type hold it (words of 2+ letters only: single
    letters and numbers say nothing about a type)."""
    out: dict[str, Counter] = {}
    for typ, names in gaz.items():
        for name in names:
            for word in name:
                w = word.lower()
                if len(w) > 1 and w.isalpha():
                    out.setdefault(w, Counter())[typ] += 1
    return out
