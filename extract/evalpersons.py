"""How the NER model treats the people of gold articles: is each one a PER span, and does any PER span swallow a
role word ("Bupati", "Sekda", "Pj")? Issue 3's person targets, measured on any gold folder."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .goldfile import gold_article
from .lexicon import is_role_word
from .names import normalize_name


def _words(s: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", s.lower()))


def _within(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """``a``'s words appear in ``b`` side by side (word-wise, so a span "ali" is not inside "Khalid")."""
    return bool(a) and any(b[i:i + len(a)] == a for i in range(len(b) - len(a) + 1))


@dataclass
class PersonSpanReport:
    name: str
    persons: int = 0
    whole: int = 0  # a PER span holds one of the person's mentions entirely
    touched: int = 0  # a PER span holds a mention or lies inside one (e.g. only the surname)
    per_spans: int = 0
    with_role: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    partial: list[str] = field(default_factory=list)  # touched but no span holds a whole mention

    def summary(self) -> str:
        lines = [f"{self.name}: {self.persons} persons; a PER span holds a whole mention for {self.whole}, "
                 f"at least part of one for {self.touched}; {len(self.with_role)} of {self.per_spans} PER spans hold a role word"]
        lines += [f"  missed: {m}" for m in self.missed]
        lines += [f"  only part of the name: {m}" for m in self.partial]
        lines += [f"  role word in PER span: {s}" for s in self.with_role]
        return "\n".join(lines)


def gold_people(g: dict) -> dict[str, list[str]]:
    """Each person of a gold record with the ways the text names them; bylines leave the text at ingest, so they
    are not asked for. Records without a person list (the detik gold) name their office holders."""
    if "persons" in g:
        return {p["name"]: p.get("mentions") or [p["name"]] for p in g["persons"]
                if "byline" not in (p.get("note") or "")}
    return {h["person"]: [h["person"]] for h in g.get("holds", []) if h.get("person")}


def person_spans(gold: list[dict], nlp, name: str = "gold") -> PersonSpanReport:
    """Run ``nlp`` (an NLP wrapper with ``process(Article)``) over the gold articles and count as ``PersonSpanReport``."""
    rep = PersonSpanReport(name)
    for g in gold:
        doc = nlp.process(gold_article(g))
        per = [e.text for s in doc.sentences for e in s.entities if e.type == "PER"]
        spans = [_words(e) for e in per]
        rep.per_spans += len(per)
        rep.with_role += [f"{g['id']}: {e}" for e in per if any(is_role_word(w) for w in e.split())]
        for person, mentions in gold_people(g).items():
            ms = [_words(normalize_name(m)) for m in mentions]  # "dr. Bahrun Abbas": the title is not the name
            rep.persons += 1
            whole = any(_within(m, e) for m in ms for e in spans)
            rep.whole += whole
            touched = whole or any(_within(e, m) for m in ms for e in spans)
            rep.touched += touched
            if not touched:
                rep.missed.append(f"{g['id']}: {person}")
            elif not whole:
                rep.partial.append(f"{g['id']}: {person} ({'; '.join(e for e, w in zip(per, spans) if any(_within(w, m) for m in ms))})")
    return rep
