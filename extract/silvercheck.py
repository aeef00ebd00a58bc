"""Recall check on the detik silver file: are its government "Title Name" mentions found as holds?

Each mention is split like the NER silver data ("Gubernur Riau Abdul Wahid" -> title words + name). A mention is
found when a hold of the same article names that person (all words of the shorter name inside the longer, honorifics
stripped); "with role" also asks that a title word of the mention appears in the hold's role or its abbreviation.
"""
from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable

from tqdm import tqdm

from .ingest import article_from_text
from .lexicon import is_role_word, roles
from .names import _contains, normalize_name
from .records import Article, ArticleFacts
from .silver import TITLE_WORDS, load_region_names, parse_mention

CORPUS = Path("data/corpus/detik2025_gabriellaclairine.txt")
SILVER = Path("data/silver/detik2025_stakeholder_entities.jsonl")


@dataclass
class SilverMentionCheck:
    line: int
    mention: str
    person: str
    title_words: tuple[str, ...]
    attested: bool = True  # the name occurs in the article text (silver mentions come from summaries too)


@dataclass
class SilverRecall:
    articles: int = 0
    mentions: int = 0
    found_person: int = 0
    found_role: int = 0
    attested: int = 0
    attested_found: int = 0
    missed: list[SilverMentionCheck] = field(default_factory=list)

    def summary(self, show: int = 15) -> str:
        r = lambda k: k / self.mentions if self.mentions else 0.0  # noqa: E731
        lines = [f"silver government 'Title Name' mentions: {self.mentions} in {self.articles} articles",
                 f"recall as holds (person):        {r(self.found_person):.3f} ({self.found_person})",
                 f"recall as holds (person + role): {r(self.found_role):.3f} ({self.found_role})",
                 f"mentions whose name occurs in the article text: {self.attested}; recall as holds (person): "
                 f"{self.attested_found / self.attested if self.attested else 0.0:.3f} ({self.attested_found})"]
        if self.missed:
            lines.append(f"first {min(show, len(self.missed))} misses:")
            lines += [f"  L{m.line:04d}  {m.mention}" for m in self.missed[:show]]
        return "\n".join(lines)


def _words(name: str) -> list[str]:
    return normalize_name(name).lower().split()


def same_person(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    short, long_ = sorted((wa, wb), key=len)
    return _contains(long_, short)


def _role_forms(role: str) -> set[str]:
    """The words of a canonical role and of every surface form that maps to it ("sekda", "walkot")."""
    forms = set(role.lower().split())
    for surface, entry in roles().items():
        if entry.role == role:
            forms.update(surface)
    return forms


def role_matches(title_words: Iterable[str], role: str) -> bool:
    specific = {w for w in title_words if w in TITLE_WORDS} - {"kepala", "wakil", "ketua", "plt", "pj", "pjs", "penjabat",
                                                                   "pelaksana", "tugas", "mantan", "daerah"}
    return bool(specific & _role_forms(role)) if specific else True


def _check(raw: str, line: int, regions: set[str]) -> SilverMentionCheck | None:
    """A "Title Name" mention split into title words and the name, or None when it names no person under a title."""
    clean = re.sub(r"\s*\([^)]*\)", "", raw).strip()
    if "," in clean:  # a list of people under one title
        return None
    m = parse_mention(clean, regions, {})
    if not m.person:
        return None
    head = clean.split()[: len(clean.split()) - len(m.person.split())]
    name = m.person.split()
    while name and (re.fullmatch(r"[A-Z]{2,}|\S*/\S*|The|RI", name[0]) or is_role_word(name[0]) or name[0] in regions):
        head.append(name.pop(0))  # "Menteri PU Dody Hanggodo": the acronym belongs to the title
    for k in (3, 2, 1):  # "Gubernur Jawa Timur": no name at all
        if len(name) >= k and " ".join(name[:k]) in regions:
            del name[:k]
            break
    if name and any(is_role_word(w) for w in head):
        return SilverMentionCheck(line, raw, " ".join(name), tuple(w.lower() for w in head))
    return None


def silver_mentions(shared: Path, lines: set[int] | None = None) -> Iterable[tuple[int, Article, list[SilverMentionCheck]]]:
    """(line, article, mentions) for every silver article that has government mentions with a title and a name."""
    regions = load_region_names(shared / "data" / "lexicon" / "wilayah_kemendagri_2025.tsv")
    corpus = (shared / CORPUS).read_text(encoding="utf-8").splitlines()
    with (shared / SILVER).open(encoding="utf-8") as fh:
        for n, (text, rec) in enumerate(zip(corpus, fh), start=1):
            if lines is not None and n not in lines:
                continue
            record = json.loads(rec)
            ents = record.get("entities", {})
            if isinstance(ents, str):  # some records hold a Python-literal dict
                ents = ast.literal_eval(ents)
            checks = [c for raw in ents.get("government", []) if (c := _check(raw, n, regions))]
            if not checks:
                continue
            title, _, body = text.partition(" . ")
            pub = None
            try:
                pub = datetime.strptime(record["date"].split()[0], "%m/%d/%Y").date()
            except (KeyError, ValueError):
                pass
            art = article_from_text(body, f"L{n:04d}", str(CORPUS), title=title, published=pub)
            low = art.text.lower()
            for c in checks:
                c.attested = c.person.lower() in low
            yield n, art, checks


def silver_recall(shared: Path, predict: Callable[[Article], ArticleFacts], limit: int | None = None,
                  progress: bool = True) -> SilverRecall:
    rep = SilverRecall()
    items = list(islice(silver_mentions(shared), limit))
    for _, art, checks in tqdm(items, desc="silver", unit="article", disable=not progress):
        holds = predict(art).holds
        rep.articles += 1
        for c in checks:
            rep.mentions += 1
            hits = [h for h in holds if same_person(h.person, c.person)]
            rep.found_person += bool(hits)
            rep.found_role += any(role_matches(c.title_words, h.role) for h in hits)
            rep.attested += c.attested
            rep.attested_found += c.attested and bool(hits)
            if not hits and c.attested:
                rep.missed.append(c)
    return rep
