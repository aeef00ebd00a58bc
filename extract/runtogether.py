"""Spans the tagger ran together, repaired with what it marks elsewhere in the same article.

The tagger sometimes reads a body or a place and the person after it as one span: "Direktur Utama [AJS Hendrisman]",
"[Kementerian Keuangan Rosmauli]", "Perdana Menteri [Nauru Baron Waqa]". Where the span's first words are, exactly, an
organisation or a place the tagger marks on its own elsewhere in the article, and the words after them are a person by
the tagger's own reading (the span is a person, each word recurs in the article's person spans, or the first or last
word is a person span of its own there, as news refers back to "Rendra" after "Rendra Saputo") or, after a region
named in full, two words or more that name no region ("Anggota DPRD [Kabupaten Demak Endang Susilowati]"), the span is
split there; a person span the tagger began right after it is the rest of that name. A one-word head must look like
what it is said to be: an acronym or a known body for an organisation, a known region or country for a place (else the
tagger's "Wesley" marked ORG once would cut "Wesley Harjono"). Measured on the dev pools (EXTRACTION.md, round 32).
"""
from __future__ import annotations

from .bodyreader import FIRMS
from .lexicon import bodies, countries, is_role_word
from .names import is_pre
from .records import Entity, Sentence, Token
from .regions import candidates

_BODY_TYPES = ("ORG", "LOC")


def split_run_together(sentences: list[Sentence]) -> list[Sentence]:
    """Repairs the entities of one article's ``sentences`` in place and returns them."""
    ents = [e for s in sentences for e in s.entities]
    known = {(e.type, e.text) for e in ents if e.type in _BODY_TYPES}
    for sent in sentences:
        sent.entities = _repaired(sent, known, ents)
    return sentences


def _words(ents: list[Entity], types: tuple[str, ...], other_than: str) -> set[str]:
    return {w for e in ents if e.type in types and e.text != other_than for w in e.text.split()}


def _repaired(sent: Sentence, known: set[tuple[str, str]], article: list[Entity]) -> list[Entity]:
    out: list[Entity] = []
    split_off: Entity | None = None  # the person a split just made
    for e in sorted(sent.entities, key=lambda e: e.start):
        if split_off is not None and e.type == "PER" and _touching(sent, split_off, e):
            # "[Kabupaten Tabanan I Made] [Agus Hartawiguna]": the person the tagger began is the rest of the name
            out[-1] = Entity(sent.text[split_off.start - sent.start:e.end - sent.start], "PER", split_off.start, e.end)
            split_off = None
            continue
        parts = _split(sent, e, known, article)
        out += parts
        split_off = parts[-1] if len(parts) == 2 else None
    return out


def _split(sent: Sentence, e: Entity, known: set[tuple[str, str]], article: list[Entity]) -> list[Entity]:
    """``e`` as one span, or as the body or place opening it and the person after it."""
    toks = [t for t in sent.tokens if e.start <= t.start and t.end <= e.end]
    # "PT Dhirga Surya": a firm's name may end in a word that is also a first name
    cut = _cut(sent, toks, known) if toks and toks[0].text not in FIRMS else None
    if not cut:
        return [e]
    head, rest, typ = toks[:cut[0]], toks[cut[0]:], cut[1]
    while rest and (is_role_word(rest[0].text) or is_pre(rest[0].text)):
        rest = rest[1:]  # "[Inhil AKBP] Nama": a rank is no person
    if not rest or not _plausible(head, typ) or not all(t.text[:1].isupper() for t in rest):
        return [e]
    # the tagger must not read the head's words as a person, nor the rest's as a body, anywhere else
    persons, body_words = _words(article, ("PER",), e.text), _words(article, _BODY_TYPES, e.text)
    if any(t.text in persons for t in head) or any(t.text in body_words for t in rest) \
            or not (e.type == "PER" or all(t.text in persons for t in rest) or _named_after_region(head, rest, typ)
                    or _called_by_one_name(rest, article)):
        return [e]
    return [_span(sent, head[0], head[-1], typ), _span(sent, rest[0], rest[-1], "PER")]


def _plausible(head: list[Token], typ: str) -> bool:
    """Whether a head of one word is what the tagger elsewhere calls it; longer heads pass."""
    if len(head) > 1:
        return True
    w = head[0].text
    if typ == "ORG":
        return (len(w) > 1 and w.isupper()) or w in bodies()
    return bool(candidates(w)) or w in countries()


def _called_by_one_name(rest: list[Token], article: list[Entity]) -> bool:
    """"[Kementerian PU Rendra Saputo]" ... "kata Rendra": a name of two or three words whose first or last word the
    tagger marks alone as a person elsewhere in the article, as news refers back to a person."""
    if not 2 <= len(rest) <= 3:
        return False
    alone = {e.text for e in article if e.type == "PER" and " " not in e.text}
    return rest[0].text in alone or rest[-1].text in alone


def _named_after_region(head: list[Token], rest: list[Token], typ: str) -> bool:
    """"Anggota DPRD [Kabupaten Demak Endang Susilowati]": a region named in full, then two words or more that name no
    region, are a place and the person whose post it is."""
    if typ != "LOC" or len(rest) < 2 or head[0].text not in ("Kabupaten", "Kota", "Provinsi"):
        return False
    return not any(candidates(t.text) for t in rest) and not candidates(" ".join(t.text for t in rest))


def _cut(sent: Sentence, toks: list[Token], known: set[tuple[str, str]]) -> tuple[int, str] | None:
    """(number of leading tokens that are a body or place marked elsewhere, its type), the longest such; or None."""
    for n in range(len(toks) - 1, 0, -1):
        text = sent.text[toks[0].start - sent.start:toks[n - 1].end - sent.start]
        for typ in _BODY_TYPES:
            if (typ, text) in known:
                return n, typ
    return None


def _touching(sent: Sentence, a: Entity, b: Entity) -> bool:
    return not sent.text[a.end - sent.start:b.start - sent.start].strip()


def _span(sent: Sentence, first: Token, last: Token, typ: str) -> Entity:
    return Entity(sent.text[first.start - sent.start:last.end - sent.start], typ, first.start, last.end)
