"""Typed records passed between the stages: Article -> Doc -> facts.

Character offsets are always into ``Article.text`` (the cleaned body), so every
fact can point back at the exact sentence it came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Article:
    """One cleaned news article."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None  # file path (and line for JSONL) it was read from
    byline: dict[str, str] = field(default_factory=dict)  # e.g. {"editor": "..", "reporter": ".."}
    metadata: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class IngestError:
    """An input that could not be read; the build reports it and goes on."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    """A named-entity span; ``type`` is PER, ORG or LOC (others may be added)."""

    text: str
    type: str
    start: int
    end: int


@dataclass
class Sentence:
    index: int
    text: str
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)


@dataclass
class Doc:
    """An article after tokenisation and NER."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)


@dataclass(frozen=True)
class Evidence:
    """Where a fact comes from: the sentence and, optionally, the span inside the article."""

    article_id: str
    sentence: str
    start: int  # sentence start in Article.text
    end: int
    span_start: int | None = None  # the span that triggered the fact, if narrower than the sentence
    span_end: int | None = None


@dataclass(frozen=True)
class Holds:
    """A person holds a post: ``role`` in ``org`` (jurisdiction or body)."""

    person: str
    role: str
    org: str | None
    qualifier: str | None  # Pj, Plt, Pjs, Plh, Pgs, mantan or None (definitif)
    evidence: Evidence
    date: date | None = None  # when the post was observed (article date)
    region_code: str | None = None  # Kemendagri code of org when it is a region
    confidence: float = 1.0


@dataclass(frozen=True)
class Directive:
    """A government body issues an instruction, order, ban, appeal or decision."""

    issuer: str | None
    speaker: str | None
    text: str
    evidence: Evidence
    date: date | None = None
    addressee: str | None = None
    cue: str | None = None
    issuer_code: str | None = None
    confidence: float = 1.0


@dataclass(frozen=True)
class Quote:
    speaker: str
    text: str
    evidence: Evidence
    date: date | None = None


@dataclass(frozen=True)
class Event:
    """A meeting or event (rakor, apel, rapat ...) with its participants."""

    name: str
    evidence: Evidence
    date: date | None = None
    place: str | None = None
    participants: tuple[str, ...] = ()


@dataclass
class ArticleFacts:
    """Everything extracted from one article, ready for the graph."""

    article: Article
    holds: list[Holds] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    persons: dict[str, list[str]] = field(default_factory=dict)  # canonical name -> mentions
    organizations: dict[str, list[str]] = field(default_factory=dict)
    places: dict[str, str | None] = field(default_factory=dict)  # place name -> Kemendagri code
