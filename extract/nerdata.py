"""Public Indonesian NER sets: readers, one tag set (PER/LOC/ORG), de-duplication and casing.

NERP is all lower-case while the other sets are cased; idner-news-2k and NER-UGM share sentences with
NERP valid/test, which must never reach training.
"""
from __future__ import annotations

import json
import random
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

TAG_MAP = {
    "PPL": "PER", "PERSON": "PER", "PER": "PER",
    "PLC": "LOC", "PLACE": "LOC", "LOCATION": "LOC", "LOC": "LOC",
    "IND": "ORG", "ORGANISATION": "ORG", "ORGANIZATION": "ORG", "ORG": "ORG",
}
TYPES = ("PER", "LOC", "ORG")
# NERP's events and foods: O by default; a tagger may be trained on them as types of their own (``keep``)
EXTRA_TYPES = ("EVT", "FNB")


@dataclass
class TaggedSentence:
    tokens: list[str]
    tags: list[str]  # BIO over TYPES
    source: str

    def key(self) -> str:
        """Case-, space- and punctuation-insensitive identity for de-duplication."""
        return text_key("".join(self.tokens))


def text_key(text: str) -> str:
    """``text`` without case, spaces and punctuation: how sentences are compared across sets and corpora."""
    return re.sub(r"\W+", "", text.lower())


def map_tag(tag: str, keep: tuple[str, ...] = ()) -> str:
    """A set's BIO tag in PER/LOC/ORG (plus the labels in ``keep``, as they are); anything else is O."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    mapped = TAG_MAP.get(label.upper()) or (label.upper() if label.upper() in keep else None)
    return f"{prefix.upper()}-{mapped}" if mapped else "O"


def repair_bio(tags: list[str]) -> list[str]:
    """I- after O or after another type becomes B- (sets contain such slips)."""
    out = []
    for i, t in enumerate(tags):
        if t.startswith("I-") and (i == 0 or out[-1] == "O" or out[-1][2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
    return out


def read_conll(path: Path, source: str | None = None, keep: tuple[str, ...] = ()) -> list[TaggedSentence]:
    """Token-per-line files (TAB or space separated, tag in the last column), blank line between sentences; tags
    mapped by ``map_tag`` (``keep``: labels kept besides PER/LOC/ORG)."""
    sents: list[TaggedSentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    src = source or path.parent.name + "/" + path.stem

    def flush() -> None:
        if tokens:
            sents.append(TaggedSentence(list(tokens), repair_bio([map_tag(t, keep) for t in tags]), src))
        tokens.clear()
        tags.clear()

    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip("\r\n")
        if not line.strip() or line.startswith("-DOCSTART-"):
            flush()
            continue
        parts = line.split("\t") if "\t" in line else line.split()
        if len(parts) < 2:
            continue
        tokens.append(parts[0].strip())
        tags.append(parts[-1].strip())
    flush()
    return sents


def spans(tags: list[str]) -> list[tuple[str, int, int]]:
    """Entity spans (type, start, end-exclusive) of a BIO sequence."""
    out = []
    start, typ = None, None
    for i, t in enumerate(list(tags) + ["O"]):
        if start is not None and not (t.startswith("I-") and t[2:] == typ):
            out.append((typ, start, i))
            start = None
        if t.startswith("B-") or (t.startswith("I-") and start is None):
            start, typ = i, t[2:]
    return out


def build_casemap(lines, limit: int | None = None) -> dict[str, str]:
    """Most frequent surface form of each lower-cased word in cased text (for truecasing NERP)."""
    counts: dict[str, Counter] = {}
    for n, line in enumerate(lines):
        if limit and n >= limit:
            break
        words = re.findall(r"\w[\w'-]*", line)
        for w in words[1:]:  # skip sentence-initial capitals
            counts.setdefault(w.lower(), Counter())[w] += 1
    return {k: c.most_common(1)[0][0] for k, c in counts.items()}


def truecase(sent: TaggedSentence, casemap: dict[str, str]) -> TaggedSentence:
    """Restore case: corpus majority form, else capitalise tokens inside entities; first token capitalised."""
    out = []
    inside = {i for _, s, e in spans(sent.tags) for i in range(s, e)}
    for i, tok in enumerate(sent.tokens):
        form = casemap.get(tok.lower())
        if form is None:
            form = tok[:1].upper() + tok[1:] if i in inside else tok
        if i == 0:
            form = form[:1].upper() + form[1:]
        out.append(form)
    return TaggedSentence(out, list(sent.tags), sent.source + ":truecased")


def lowercased(sent: TaggedSentence) -> TaggedSentence:
    return TaggedSentence([t.lower() for t in sent.tokens], list(sent.tags), sent.source + ":lower")


def dedupe(train: list[TaggedSentence], held_out: list[TaggedSentence]) -> tuple[list[TaggedSentence], int]:
    """Drop training sentences that occur in held-out sets or earlier in training; returns (kept, dropped)."""
    seen = {s.key() for s in held_out}
    kept = []
    for s in train:
        k = s.key()
        if k in seen or not k:
            continue
        seen.add(k)
        kept.append(s)
    return kept, len(train) - len(kept)


def tag_counts(sents: list[TaggedSentence]) -> dict[str, int]:
    c: Counter = Counter()
    for s in sents:
        c.update(t for t, _, _ in spans(s.tags))
    return dict(sorted(c.items()))


NO_TAG = "-"  # Stanza's empty tag: that output head gets no gradient from the token


def write_stanza_json(sents: list[TaggedSentence], path: Path,
                      columns: Callable[[TaggedSentence], list[list[str]]] | None = None) -> None:
    """Stanza's NER training format: a list of sentences, each a list of {text, ner} tokens; with ``columns``
    (a sentence's tag rows, one per output head) each token carries them as {text, multi_ner}."""
    if columns is None:
        doc = [[{"text": tok, "ner": tag} for tok, tag in zip(s.tokens, s.tags)] for s in sents]
    else:
        doc = [[{"text": tok, "multi_ner": list(tags)} for tok, *tags in zip(s.tokens, *columns(s))] for s in sents]
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def shuffled(sents: list[TaggedSentence], seed: int) -> list[TaggedSentence]:
    out = list(sents)
    random.Random(seed).shuffle(out)
    return out
